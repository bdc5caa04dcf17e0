# QGIS's side of tests/bench/national.sh: opens layer `mahalle` of a GeoPackage in QGIS's default
# style and simplification and draws it at 1920×1080 on QGIS's parallel renderer, at the layer's
# extent or at EXTENT (minx,miny,maxx,maxy in the layer's CRS). Prints the seconds from opening
# the layer to the end of the first frame and the mean of the next two frames in milliseconds.
# Usage: /usr/bin/python3 qgis_render.py FILE.gpkg [EXTENT]   (Debian: apt-get install python3-qgis)
import sys
import time

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

app = QgsApplication([], False)
app.initQgis()
start = time.perf_counter()
layer = QgsVectorLayer(sys.argv[1] + "|layername=mahalle", "mahalle", "ogr")
if not layer.isValid():
    sys.exit("QGIS cannot open " + sys.argv[1])
settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(layer.crs())
settings.setOutputSize(QSize(1920, 1080))
settings.setBackgroundColor(QColor(255, 255, 255))
if len(sys.argv) > 2:
    settings.setExtent(QgsRectangle(*map(float, sys.argv[2].split(","))))
else:
    settings.setExtent(layer.extent())
frames = []
for i in range(3):
    t = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    frames.append(time.perf_counter() - t)
    if i == 0:
        print("first %.2f" % (time.perf_counter() - start))
print("frame %.1f" % ((frames[1] + frames[2]) / 2 * 1000))
