# The layering rule of docs/architecture.md, checked on the sources: core includes nothing of
# gis, app, GDAL, PROJ, GEOS or Qt Widgets/Gui; gis includes nothing of app or Qt Widgets.
# (The link line enforces it too; this catches a header-only slip that would compile.)
set(rules
  "core|gis/|app/|<gdal|<ogr|<cpl_|\"gdal|\"ogr|\"cpl_|<proj|\"proj|<geos|\"geos|<QtWidgets|<QtGui|<QWidget|<QPainter|<QImage|<QApplication|<QGuiApplication|<QUndo"
  "gis|app/|<QtWidgets|<QWidget|<QApplication|<QMainWindow|<QDialog|<QUndo"
  "app/cli|<QtWidgets|<QWidget|<QApplication|<QMainWindow|<QDialog|<QUndo|app/mainwindow|app/messages|app/session")
set(failures "")
foreach(rule IN LISTS rules)
  string(REPLACE "|" ";" parts "${rule}")
  list(POP_FRONT parts folder)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
      foreach(bad IN LISTS parts)
        string(FIND "${line}" "${bad}" at)
        if(NOT at EQUAL -1)
          string(APPEND failures "\n  ${f}: ${line}  (${folder} must not include ${bad})")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()
# No SQL above gis: widgets and CLI commands read and write the project through core and gis
# (a statement prepared on a Database, or SQLite itself, is a violation).
file(GLOB_RECURSE app_files "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(f IN LISTS app_files)
  file(STRINGS "${f}" sql REGEX "(\\.|->)prepare(With)?\\(|sqlite3_|\"core/sqlite.h\"")
  foreach(line IN LISTS sql)
    string(APPEND failures "\n  ${f}: ${line}  (app holds no SQL: read through core or gis)")
  endforeach()
endforeach()
if(failures)
  message(FATAL_ERROR "Layering violations (app -> gis -> core):${failures}")
endif()
message(STATUS "layering ok")
