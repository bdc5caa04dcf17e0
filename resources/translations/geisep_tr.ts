<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Cli</name>
    <message>
        <source>GEİSEP Workbench %1 — planning the integration of migration, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: geisep-cli COMMAND [OPTIONS]  (geisep-cli COMMAND --help for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed, 2 wrong arguments, 3 problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: geisep-cli %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Error: %1 expects %n file argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run geisep-cli --help for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project CRS, e.g. EPSG:5256 (TUREF / TM36). Default: the TM zone of --province, else EPSG:5256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province (il).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality (belediye).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: give the project a name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1: a project file name must end in .gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: &quot;%1&quot; is not a CRS code; write it as EPSG:5256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: &quot;%2&quot;, CRS EPSG:%3 %4, schema version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (keys are listed in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS:            EPSG:%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:         none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>extent %1, %2 – %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:           %1 sectors, %2 goals, %3 objectives, %4 actions, %5 indicators, %6 stakeholders, %7 area links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>EPSG:%1 is not a coordinate reference system that PROJ knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code such as EPSG:5256 (TUREF / TM36) or EPSG:4326 (WGS 84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJ cannot write EPSG:%1 as WKT 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpkgText</name>
    <message>
        <source>Cannot register the GeoPackage function %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown geometry type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the layer table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>A goal needs a Turkish title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective needs a Turkish title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a Turkish title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or open the existing project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new project into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or create a project with &quot;geisep-cli new&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .gpkg file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a GeoPackage project: the file is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .gpkg file made by GEİSEP Workbench. To bring in a shapefile, GeoJSON or other data, create a project and use Layer ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (process %1) has this project open for editing, so it is opened read-only. Close it there to edit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has this project open for editing, so it is opened read-only. Close it there to edit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of this project cannot be written to, so it is opened read-only. Copy it to a folder of yours to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is write-protected, so it is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file is not a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .gpkg project made by GEİSEP Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GeoPackage is not a GEİSEP project: it has no plan tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project and bring this file&apos;s layers in with Layer ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project was saved by a newer version of GEİSEP Workbench (schema version %1); this program reads schema versions up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update GEİSEP Workbench to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has schema version %1 and must be upgraded to version %2, which cannot be done while it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the backup copy before upgrading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the project from schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed; a copy is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a row of %3 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application id is not &quot;GPKG&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoPackage version (user_version) is below 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpkg_spatial_ref_sys lacks the required row for srs_id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpkg_contents lists the table %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 has no row in gpkg_geometry_columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 uses srs_id %2, which gpkg_spatial_ref_sys does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spatial index of %1 has %2 entries for %3 geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geisep_meta or its schema_version is missing: this is not a GEİSEP project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version %1 is newer than this program&apos;s (%2); only the parts it knows were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan table %1 is not registered in gpkg_contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s CRS (geisep_meta srs_id) is not in gpkg_spatial_ref_sys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; points at the table %2, which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 areas point at features missing from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaText</name>
    <message>
        <source>The project&apos;s schema version &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may have been edited by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration from schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteText</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file as a database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a GeoPackage or SQLite file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .gpkg project made by GEİSEP Workbench or QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geisep::LayerListModel</name>
    <message>
        <source>Muhtar districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant-settled areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 features · table %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geisep::MainWindow</name>
    <message>
        <source>GEİSEP Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Türkçe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis &amp;runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout designer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GEİSEP Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area on the map to see its name, district, muhtar, population and linked goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project was upgraded from schema version %1 to %2. The original is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEİSEP projects (*.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEİSEP projects (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province (il):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality (belediye):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GEİSEP Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GEİSEP Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the Strategic Action Plan for the Integration of Migration: migrant-settled neighbourhoods, infrastructure coverage and muhtar districts on one map, linked to the plan&apos;s goals, kept in one GeoPackage file.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, PROJ, GEOS and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geisep::MapCanvas</name>
    <message>
        <source>This project has no layers yet.
Bring in mahalle boundaries, migrant areas or infrastructure with Layer ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geisep::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gaziantep GEİSEP 2025–2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province (il):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality (belediye):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEİSEP projects (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geisep::PlanTreeModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geisep::StartPage</name>
    <message>
        <source>GEİSEP Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map where migrants have settled, what infrastructure reaches them and which muhtar district each area belongs to; link areas to the goals of the Strategic Action Plan for the Integration of Migration; print district maps and atlases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geisep::cli::Cli</name>
    <message>
        <source>Create a new project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a project&apos;s name, CRS, schema version, layers and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a project file: SQLite integrity, GeoPackage structure and plan references.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
