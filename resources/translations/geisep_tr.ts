<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Analyses</name>
    <message>
        <source>The project has no layer "%1".</source>
        <translation>Projede "%1" adlı katman yok.</translation>
    </message>
    <message>
        <source>Layers in the project: %1.</source>
        <translation>Projedeki katmanlar: %1.</translation>
    </message>
    <message>
        <source>There is no analysis run %1.</source>
        <translation>%1 numaralı analiz çalışması yok.</translation>
    </message>
    <message>
        <source>"%1" is not a layer of areas.</source>
        <translation>"%1" bir alan katmanı değil.</translation>
    </message>
    <message>
        <source>Choose a layer of muhtar districts or migrant areas.</source>
        <translation>Muhtarlık sınırları ya da göçmen yerleşim alanları katmanı seçin.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Kapsama</translation>
    </message>
    <message>
        <source>Migration pressure</source>
        <translation>Göç baskısı</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projeksiyon</translation>
    </message>
    <message>
        <source>population of %1</source>
        <translation>%1 nüfusu</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 %2 m içinde</translation>
    </message>
    <message>
        <source>people placed by %1</source>
        <translation>kişiler %1 ile yerleştirildi</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>weights: %1</source>
        <translation>ağırlıklar: %1</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 sınıf</translation>
    </message>
    <message>
        <source>coverage of run %1</source>
        <translation>%1. çalışmanın kapsaması</translation>
    </message>
    <message>
        <source>growth %1 / %2 / %3 % a year</source>
        <translation>büyüme yılda %%1 / %%2 / %%3</translation>
    </message>
    <message>
        <source>school places from %1</source>
        <translation>okul kapasitesi %1 katmanından</translation>
    </message>
</context>
<context>
    <name>AtlasFilter</name>
    <message>
        <source>The quote at character %1 is not closed.</source>
        <translation>%1. karakterdeki tırnak kapanmamış.</translation>
    </message>
    <message>
        <source>Unexpected "%1" at character %2.</source>
        <translation>%2. karakterde beklenmeyen "%1".</translation>
    </message>
    <message>
        <source>Join conditions with AND or OR.</source>
        <translation>Koşulları AND ya da OR ile birleştirin.</translation>
    </message>
    <message>
        <source>The bracket at character %1 is not closed.</source>
        <translation>%1. karakterdeki parantez kapanmamış.</translation>
    </message>
    <message>
        <source>Expected a field name at character %1.</source>
        <translation>%1. karakterde bir alan adı bekleniyordu.</translation>
    </message>
    <message>
        <source>There is no field "%1" (character %2).</source>
        <translation>"%1" adlı bir alan yok (%2. karakter).</translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation>Alanlar: %1.</translation>
    </message>
    <message>
        <source>Expected a value at character %1.</source>
        <translation>%1. karakterde bir değer bekleniyordu.</translation>
    </message>
    <message>
        <source>Write it in quotes if it has brackets or commas: 'Aşağı Arıl Mh.'</source>
        <translation>Parantez ya da virgül içeriyorsa tırnak içinde yazın: 'Aşağı Arıl Mh.'</translation>
    </message>
    <message>
        <source>Expected =, !=, &lt;, &lt;=, &gt;, &gt;=, LIKE or IN after "%1" at character %2.</source>
        <translation>%2. karakterde "%1" ifadesinden sonra =, !=, &lt;, &lt;=, &gt;, &gt;=, LIKE ya da IN bekleniyordu.</translation>
    </message>
    <message>
        <source>IN takes a list in brackets at character %1: ilçe IN (Şahinbey, Şehitkamil).</source>
        <translation>%1. karakterdeki IN, parantez içinde bir liste bekler: ilçe IN (Şahinbey, Şehitkamil).</translation>
    </message>
    <message>
        <source>The list at character %1 is not closed.</source>
        <translation>%1. karakterdeki liste kapanmamış.</translation>
    </message>
    <message>
        <source>Expected a value after "%1" at character %2.</source>
        <translation>%2. karakterde "%1" ifadesinden sonra bir değer bekleniyordu.</translation>
    </message>
    <message>
        <source>The filter nests brackets and NOT more than %1 deep at character %2.</source>
        <translation>Süzgeç, %2. karakterde parantezleri ve NOT'u %1 düzeyden daha derin iç içe koyuyor.</translation>
    </message>
    <message>
        <source>Write it with fewer brackets.</source>
        <translation>Daha az parantezle yazın.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>There is no indicator %1.</source>
        <translation>%1 numaralı gösterge yok.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>GEİSEP Workbench %1 — planning the integration of migration, without a window.</source>
        <translation>GEİSEP Workbench %1 — göçün entegrasyonunu pencere açmadan planlayın.</translation>
    </message>
    <message>
        <source>Usage: geisep-cli COMMAND [OPTIONS]  (geisep-cli COMMAND --help for details)</source>
        <translation>Kullanım: geisep-cli KOMUT [SEÇENEKLER]  (ayrıntılar için: geisep-cli KOMUT --help)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komutlar:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed, 2 wrong arguments, 3 problems found.</source>
        <translation>Çıkış kodu: 0 tamamlandı, 1 başarısız, 2 hatalı argümanlar, 3 sorun bulundu.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Hata: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı gösterir.</translation>
    </message>
    <message>
        <source>See: geisep-cli %1 --help</source>
        <translation>Bkz.: geisep-cli %1 --help</translation>
    </message>
    <message numerus="yes">
        <source>Error: %1 expects %n file argument(s).</source>
        <translation>
            <numerusform>Hata: %1 komutu %n dosya argümanı bekler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: unknown command "%1".</source>
        <translation>Hata: bilinmeyen komut "%1".</translation>
    </message>
    <message>
        <source>Run geisep-cli --help for the list of commands.</source>
        <translation>Komutların listesi için geisep-cli --help komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Oluşturulacak proje dosyası.</translation>
    </message>
    <message>
        <source>The project's name.</source>
        <translation>Projenin adı.</translation>
    </message>
    <message>
        <source>Project CRS, e.g. EPSG:5256 (TUREF / TM36). Default: the TM zone of --province, else EPSG:5256.</source>
        <translation>Projenin koordinat referans sistemi (KRS), ör. EPSG:5256 (TUREF / TM36). Varsayılan: --province ile verilen ilin TM dilimi, il verilmezse EPSG:5256.</translation>
    </message>
    <message>
        <source>The province (il).</source>
        <translation>İl adı.</translation>
    </message>
    <message>
        <source>The municipality (belediye).</source>
        <translation>Belediye adı.</translation>
    </message>
    <message>
        <source>Error: give the project a name with --name.</source>
        <translation>Hata: --name ile projeye bir ad verin.</translation>
    </message>
    <message>
        <source>Error: %1: a project file name must end in .gpkg.</source>
        <translation>Hata: %1: proje dosyasının adı .gpkg ile bitmelidir.</translation>
    </message>
    <message>
        <source>Error: "%1" is not a CRS code; write it as EPSG:5256.</source>
        <translation>Hata: "%1" bir KRS kodu değil; EPSG:5256 biçiminde yazın.</translation>
    </message>
    <message>
        <source>Created %1: "%2", CRS EPSG:%3 %4, schema version %5.</source>
        <translation>%1 oluşturuldu: "%2", KRS EPSG:%3 %4, şema sürümü %5.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Proje dosyası.</translation>
    </message>
    <message>
        <source>Print JSON (keys are listed in the README).</source>
        <translation>Çıktıyı JSON olarak verir (anahtarlar README dosyasında listelenir).</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>Proje:          %1</translation>
    </message>
    <message>
        <source>File:           %1</source>
        <translation>Dosya:          %1</translation>
    </message>
    <message>
        <source>Province:       %1</source>
        <translation>İl:             %1</translation>
    </message>
    <message>
        <source>Municipality:   %1</source>
        <translation>Belediye:       %1</translation>
    </message>
    <message>
        <source>CRS:            EPSG:%1 %2</source>
        <translation>KRS:            EPSG:%1 %2</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Şema sürümü:    %1</translation>
    </message>
    <message>
        <source>Layers:         none</source>
        <translation>Katmanlar:      yok</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Katmanlar:</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n obje</numerusform>
        </translation>
    </message>
    <message>
        <source>extent %1, %2 – %3, %4</source>
        <translation>kapsam %1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Plan:           %1 sectors, %2 goals, %3 objectives, %4 actions, %5 indicators, %6 stakeholders, %7 area links</source>
        <translation>Plan:           %1 sektör, %2 hedef, %3 amaç, %4 eylem, %5 gösterge, %6 paydaş, %7 alan bağlantısı</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: sorun bulunmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n sorun bulundu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: geisep-cli %1 [options] %2</source>
        <translation>Kullanım: geisep-cli %1 [seçenekler] %2</translation>
    </message>
    <message>
        <source>In use:         being edited by process %1</source>
        <translation>Kullanımda:     %1 numaralı süreç düzenliyor</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>İçe aktarılacak dosya.</translation>
    </message>
    <message>
        <source>The layer to take, when the file holds several.</source>
        <translation>Dosyada birden çok katman varsa alınacak katman.</translation>
    </message>
    <message>
        <source>The layer's name in the project.</source>
        <translation>Katmanın projedeki adı.</translation>
    </message>
    <message>
        <source>Text encoding of the file (UTF-8, CP1254, ISO-8859-9); default: from .cpg or the DBF mark, else detected.</source>
        <translation>Dosyanın karakter kodlaması (UTF-8, CP1254, ISO-8859-9); varsayılan: .cpg dosyasından ya da DBF işaretinden, bunlar yoksa otomatik algılanır.</translation>
    </message>
    <message>
        <source>The file's CRS, when it has none (or a wrong one).</source>
        <translation>Dosyanın koordinat referans sistemi yoksa (ya da yanlışsa) dosyanın KRS’si.</translation>
    </message>
    <message>
        <source>Infrastructure: the field with the service type.</source>
        <translation>Altyapı: hizmet türünü tutan alan.</translation>
    </message>
    <message>
        <source>Infrastructure: one service type for all features (school, health, water, transit).</source>
        <translation>Altyapı: tüm objeler için tek bir hizmet türü (school okul, health sağlık, water su, transit toplu taşıma).</translation>
    </message>
    <message>
        <source>Areas: a project layer of district polygons that gives each area its district (ilçe).</source>
        <translation>Alanlar: her alana ilçesini veren, projedeki ilçe poligonları katmanı.</translation>
    </message>
    <message>
        <source>Take only the features that match an attribute filter, e.g. "townId IN (343, 344)".</source>
        <translation>Yalnızca öznitelik süzgecine uyan objeleri al, ör. "townId IN (343, 344)".</translation>
    </message>
    <message>
        <source>Error: give the layer's role with --role (%1).</source>
        <translation>Hata: katmanın rolünü --role ile verin (%1).</translation>
    </message>
    <message>
        <source>Error: give either --service-field or --service, not both.</source>
        <translation>Hata: --service-field ya da --service seçeneklerinden yalnızca birini verin.</translation>
    </message>
    <message>
        <source>Error: "%1" is not a CRS code; write it as EPSG:4326.</source>
        <translation>Hata: "%1" bir KRS kodu değil; EPSG:4326 biçiminde yazın.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Proje salt okunur açık.</translation>
    </message>
    <message>
        <source>The layer's name or table.</source>
        <translation>Katmanın adı ya da tablosu.</translation>
    </message>
    <message>
        <source>The file to write: .gpkg, .geojson, .shp or .csv.</source>
        <translation>Yazılacak dosya: .gpkg, .geojson, .shp ya da .csv.</translation>
    </message>
    <message>
        <source>Error: name the output file with -o.</source>
        <translation>Hata: çıktı dosyasını -o ile belirtin.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n feature(s) to %1 (%2).</source>
        <translation>
            <numerusform>%1 dosyasına %n obje yazıldı (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The area layer.</source>
        <translation>Alan katmanı.</translation>
    </message>
    <message>
        <source>The year of the figures.</source>
        <translation>Verilerin yılı.</translation>
    </message>
    <message>
        <source>Columns to take, as COLUMN=VARIABLE[,…]; variables: population, migrant_population, households, migrant_households.</source>
        <translation>Alınacak sütunlar, SÜTUN=DEĞİŞKEN[,…] biçiminde; değişkenler: population (nüfus), migrant_population (göçmen nüfus), households (hane), migrant_households (göçmen hane).</translation>
    </message>
    <message>
        <source>Join by a key: the CSV column and the area field (code, name, id, or a column of the layer).</source>
        <translation>Anahtarla birleştir: CSV sütunu ve alan alanı (code, name, id ya da katmanın bir sütunu).</translation>
    </message>
    <message>
        <source>Join by names: the CSV's province, district and name columns (province and district may be left empty).</source>
        <translation>Adlarla birleştir: CSV’nin il, ilçe ve ad sütunları (il ve ilçe boş bırakılabilir).</translation>
    </message>
    <message>
        <source>The CSV's encoding (default: detected).</source>
        <translation>CSV’nin karakter kodlaması (varsayılan: otomatik algılanır).</translation>
    </message>
    <message>
        <source>Match and report, but write nothing.</source>
        <translation>Eşleştir ve raporla, ama hiçbir şey yazma.</translation>
    </message>
    <message>
        <source>Error: --layer, --period and --map are needed.</source>
        <translation>Hata: --layer, --period ve --map gereklidir.</translation>
    </message>
    <message>
        <source>Error: give either --key or --match.</source>
        <translation>Hata: --key ya da --match seçeneklerinden birini verin.</translation>
    </message>
    <message>
        <source>Error: --period must be a year, e.g. 2023.</source>
        <translation>Hata: --period bir yıl olmalıdır, ör. 2023.</translation>
    </message>
    <message>
        <source>Error: --map takes COLUMN=VARIABLE, not "%1".</source>
        <translation>Hata: --map SÜTUN=DEĞİŞKEN biçiminde olmalıdır, "%1" değil.</translation>
    </message>
    <message>
        <source>Error: --key takes COLUMN=AREA_FIELD.</source>
        <translation>Hata: --key SÜTUN=ALAN_ALANI biçiminde olmalıdır.</translation>
    </message>
    <message>
        <source>Error: --match takes three column names: PROVINCE,DISTRICT,NAME.</source>
        <translation>Hata: --match üç sütun adı alır: İL,İLÇE,AD.</translation>
    </message>
    <message>
        <source>Error: unknown encoding "%1"; use UTF-8, CP1254 or ISO-8859-9.</source>
        <translation>Hata: bilinmeyen karakter kodlaması "%1"; UTF-8, CP1254 ya da ISO-8859-9 kullanın.</translation>
    </message>
    <message>
        <source>The project to create.</source>
        <translation>Oluşturulacak proje.</translation>
    </message>
    <message>
        <source>Built the sample project %1.</source>
        <translation>Örnek proje oluşturuldu: %1.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Yazılacak PNG dosyası.</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1920x1080).</source>
        <translation>Piksel cinsinden görüntü boyutu (varsayılan 1920x1080).</translation>
    </message>
    <message>
        <source>The part of the map to draw, in the project's CRS.</source>
        <translation>Haritanın çizilecek bölümü, projenin koordinat sisteminde.</translation>
    </message>
    <message>
        <source>Fit the map to a layer, or to one feature of it.</source>
        <translation>Haritayı bir katmana ya da katmanın tek bir objesine sığdır.</translation>
    </message>
    <message>
        <source>Draw only these layers (names or tables).</source>
        <translation>Yalnızca bu katmanları çiz (adlar ya da tablolar).</translation>
    </message>
    <message>
        <source>Draw N times and print the median time per frame.</source>
        <translation>N kez çiz ve kare başına ortanca süreyi yaz.</translation>
    </message>
    <message>
        <source>Also draw every vertex of every feature, without the index or simplification, and print both times.</source>
        <translation>Ayrıca her objenin her köşesini indeks ve sadeleştirme olmadan çiz ve iki süreyi de yaz.</translation>
    </message>
    <message>
        <source>Error: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080.</source>
        <translation>Hata: --size piksel cinsinden GENİŞLİKxYÜKSEKLİK alır, ör. 1920x1080.</translation>
    </message>
    <message>
        <source>Error: --repeat takes a number of frames, e.g. 20.</source>
        <translation>Hata: --repeat bir kare sayısı alır, ör. 20.</translation>
    </message>
    <message>
        <source>Error: the project has no layer "%1"; its layers are: %2.</source>
        <translation>Hata: projede "%1" katmanı yok; katmanları: %2.</translation>
    </message>
    <message>
        <source>Error: --extent takes MINX,MINY,MAXX,MAXY with MINX &lt; MAXX and MINY &lt; MAXY.</source>
        <translation>Hata: --extent MINX,MINY,MAXX,MAXY alır; MINX &lt; MAXX ve MINY &lt; MAXY olmalıdır.</translation>
    </message>
    <message>
        <source>Error: the layer "%1" has no feature %2.</source>
        <translation>Hata: "%1" katmanında %2 numaralı obje yok.</translation>
    </message>
    <message>
        <source>Error: cannot write %1; check the folder and the name (it must end in .png).</source>
        <translation>Hata: %1 yazılamıyor; klasörü ve adı denetleyin (ad .png ile bitmelidir).</translation>
    </message>
    <message>
        <source>Frame: %1 ms (median of %2), %3 labels, scale 1:%L4.</source>
        <translation>Kare: %1 ms (%2 çizimin ortancası), %3 etiket, ölçek 1:%L4.</translation>
    </message>
    <message>
        <source>One thread: %1 ms. Naive (one thread, every vertex, no index): %2 ms.</source>
        <translation>Tek iş parçacığı: %1 ms. Basit yöntem (tek iş parçacığı, her köşe, indekssiz): %2 ms.</translation>
    </message>
    <message>
        <source>Naive ÷ renderer: %1 (one thread: %2).</source>
        <translation>Basit yöntem ÷ çizici: %1 (tek iş parçacığıyla: %2).</translation>
    </message>
    <message>
        <source>muhtar_district, migrant_area, infrastructure or reference for vector layers; basemap for a raster (GeoTIFF, MBTiles, GeoPackage tiles), which is linked, not copied.</source>
        <translation>Vektör katmanlar için muhtar_district, migrant_area, infrastructure veya reference; raster (GeoTIFF, MBTiles, GeoPackage karoları) için basemap — raster kopyalanmaz, bağlanır.</translation>
    </message>
    <message numerus="yes">
        <source>Linked basemap %1: %2, %3 × %4 pixels, %5 bands, %n overview(s), CRS %6.</source>
        <translation>
            <numerusform>Altlık harita bağlandı %1: %2, %3 × %4 piksel, %5 bant, %n genel görünüm, KRS %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the raster has no overviews, so zoomed-out maps read it whole. Build them once with: gdaladdo -r average "%1"</source>
        <translation>Uyarı: rasterin genel görünümleri (overview) yok; uzaklaştırılmış haritalar dosyanın tamamını okur. Bir kez şununla oluşturun: gdaladdo -r average "%1"</translation>
    </message>
    <message>
        <source>The language of the project's names and texts: tr (default) or en.</source>
        <translation>Projedeki adların ve metinlerin dili: tr (varsayılan) veya en.</translation>
    </message>
    <message>
        <source>Usage: geisep-cli plan export PROJECT.gpkg -o OUT.csv [options]</source>
        <translation>Kullanım: geisep-cli plan export PROJE.gpkg -o ÇIKTI.csv [seçenekler]</translation>
    </message>
    <message>
        <source>Error: say what to do with the plan: geisep-cli plan export PROJECT.gpkg -o OUT.csv</source>
        <translation>Hata: planla ne yapılacağını söyleyin: geisep-cli plan export PROJE.gpkg -o ÇIKTI.csv</translation>
    </message>
    <message>
        <source>Field separator: ; (default, as Turkish Excel reads it, with decimal commas) or , (decimal points).</source>
        <translation>Alan ayırıcı: ; (varsayılan; Türkçe Excel'in okuduğu gibi, ondalık virgülle) veya , (ondalık noktayla).</translation>
    </message>
    <message>
        <source>Headers, sectors and titles in English (where given).</source>
        <translation>Başlıklar, sektörler ve adlar İngilizce (verilmişse).</translation>
    </message>
    <message>
        <source>Error: say where to write with -o OUT.csv.</source>
        <translation>Hata: nereye yazılacağını -o ÇIKTI.csv ile söyleyin.</translation>
    </message>
    <message>
        <source>Error: the separator is ; or ,.</source>
        <translation>Hata: ayırıcı ; veya , olmalıdır.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n plan row(s) to %1.</source>
        <translation>
            <numerusform>%1 dosyasına %n plan satırı yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the names of people in the stakeholder register (personal data); by default their title or organisation stands in.</source>
        <translation>Paydaş kaydındaki kişilerin adlarını yaz (kişisel veri); varsayılan olarak yerlerine unvanları ya da kurumları yazılır.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%1 dosyasına %n satır yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: geisep-cli analyze coverage|pressure|projection PROJECT.gpkg [options]</source>
        <translation>Kullanım: geisep-cli analyze coverage|pressure|projection PROJE.gpkg [seçenekler]</translation>
    </message>
    <message>
        <source>Error: say which analysis: geisep-cli analyze coverage|pressure|projection PROJECT.gpkg --areas LAYER …</source>
        <translation>Hata: hangi analiz olduğunu belirtin: geisep-cli analyze coverage|pressure|projection PROJE.gpkg --areas KATMAN …</translation>
    </message>
    <message>
        <source>The layer of areas.</source>
        <translation>Alan katmanı.</translation>
    </message>
    <message>
        <source>A layer of facilities (points), network lines or coverage polygons; give it again for more.</source>
        <translation>Tesis (nokta), şebeke hattı ya da kapsama çokgeni katmanı; daha fazlası için tekrar verin.</translation>
    </message>
    <message>
        <source>The field naming each feature's service (default service).</source>
        <translation>Her nesnenin hizmet türünü veren alan (varsayılan service).</translation>
    </message>
    <message>
        <source>Catchment distances in metres (defaults school=1000, health=1000, water=500, transit=500).</source>
        <translation>Erişim mesafeleri, metre (varsayılanlar school=1000, health=1000, water=500, transit=500).</translation>
    </message>
    <message>
        <source>Only these services.</source>
        <translation>Yalnızca bu hizmetler.</translation>
    </message>
    <message>
        <source>The figure counted as population (default population; "none" for none).</source>
        <translation>Nüfus olarak sayılan rakam (varsayılan population; hiçbiri için "none").</translation>
    </message>
    <message>
        <source>The year of the population figure (default the latest).</source>
        <translation>Nüfus rakamının yılı (varsayılan en son yıl).</translation>
    </message>
    <message>
        <source>A layer of buildings or blocks to place population by.</source>
        <translation>Nüfusu dağıtmak için bina ya da yapı adası katmanı.</translation>
    </message>
    <message>
        <source>Its field of counts (default: each feature counts one).</source>
        <translation>Sayıları veren alanı (varsayılan: her nesne bir sayılır).</translation>
    </message>
    <message>
        <source>Do not make gap layers.</source>
        <translation>Boşluk katmanları oluşturma.</translation>
    </message>
    <message>
        <source>Table headers in English.</source>
        <translation>Tablo başlıkları İngilizce.</translation>
    </message>
    <message>
        <source>Error: give --areas LAYER and --facilities LAYER.</source>
        <translation>Hata: --areas KATMAN ve --facilities KATMAN verin.</translation>
    </message>
    <message>
        <source>Error: "%1" is not SERVICE=METRES.</source>
        <translation>Hata: "%1" HİZMET=METRE biçiminde değil.</translation>
    </message>
    <message numerus="yes">
        <source>Coverage run %1: %n area(s) of "%2"</source>
        <translation>
            <numerusform>Kapsama çalışması %1: "%2" katmanının %n alanı</numerusform>
        </translation>
    </message>
    <message>
        <source>computed in %1 s.</source>
        <translation>%1 sn içinde hesaplandı.</translation>
    </message>
    <message>
        <source>%1 m: %2 % of the area covered</source>
        <translation>%1 m: kapsanan alan %%2</translation>
    </message>
    <message>
        <source>, %1 % of the population</source>
        <translation>, kapsanan nüfus %%1</translation>
    </message>
    <message numerus="yes">
        <source>%n gap layer(s) added.</source>
        <translation>
            <numerusform>%n boşluk katmanı eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights of migrant_share, migrants_per_1000, migrant_growth, density, coverage_deficit (others keep the preset's).</source>
        <translation>migrant_share, migrants_per_1000, migrant_growth, density, coverage_deficit ağırlıkları (diğerleri hazır ayardaki gibi kalır).</translation>
    </message>
    <message>
        <source>balanced (default), migration or services.</source>
        <translation>balanced (varsayılan), migration ya da services.</translation>
    </message>
    <message>
        <source>The year of the figures (default the latest).</source>
        <translation>Rakamların yılı (varsayılan en son yıl).</translation>
    </message>
    <message>
        <source>The earlier year for growth (default the one before).</source>
        <translation>Artış için önceki yıl (varsayılan bir önceki dönem).</translation>
    </message>
    <message>
        <source>The coverage run for the deficit (default the newest on the layer).</source>
        <translation>Kapsama açığı için kapsama çalışması (varsayılan katmandaki en yenisi).</translation>
    </message>
    <message>
        <source>Number of classes (3–9).</source>
        <translation>Sınıf sayısı (3–9).</translation>
    </message>
    <message>
        <source>List the N areas of highest pressure (default 10).</source>
        <translation>Baskısı en yüksek N alanı listele (varsayılan 10).</translation>
    </message>
    <message>
        <source>Error: give --areas LAYER.</source>
        <translation>Hata: --areas KATMAN verin.</translation>
    </message>
    <message>
        <source>Error: the presets are %1.</source>
        <translation>Hata: hazır ayarlar şunlardır: %1.</translation>
    </message>
    <message>
        <source>Error: "%1" is not NAME=WEIGHT.</source>
        <translation>Hata: "%1" AD=AĞIRLIK biçiminde değil.</translation>
    </message>
    <message>
        <source>Error: no component "%1"; they are migrant_share, migrants_per_1000, migrant_growth, density, coverage_deficit.</source>
        <translation>Hata: "%1" diye bir bileşen yok; bileşenler: migrant_share, migrants_per_1000, migrant_growth, density, coverage_deficit.</translation>
    </message>
    <message>
        <source>Migration pressure run %1 on "%2" (%3).</source>
        <translation>"%2" için göç baskısı çalışması %1 (%3).</translation>
    </message>
    <message>
        <source>The year projected to.</source>
        <translation>Projeksiyon yılı.</translation>
    </message>
    <message>
        <source>The year of the population figure to start from (default the latest).</source>
        <translation>Başlangıç nüfus rakamının yılı (varsayılan en son yıl).</translation>
    </message>
    <message>
        <source>Low growth, % a year.</source>
        <translation>Düşük artış, yıllık %.</translation>
    </message>
    <message>
        <source>Medium growth, % a year.</source>
        <translation>Orta artış, yıllık %.</translation>
    </message>
    <message>
        <source>High growth, % a year.</source>
        <translation>Yüksek artış, yıllık %.</translation>
    </message>
    <message>
        <source>Per-person standards: school_age (share 0–1), education, health, green (m²), water (litres a day).</source>
        <translation>Kişi başı standartlar: school_age (oran 0–1), education, health, green (m²), water (günlük litre).</translation>
    </message>
    <message>
        <source>A layer of schools with their places, for the shortfall.</source>
        <translation>Açığı hesaplamak için okul kapasitelerini içeren katman.</translation>
    </message>
    <message>
        <source>Its field of places (default capacity or kapasite).</source>
        <translation>Kapasite alanı (varsayılan capacity ya da kapasite).</translation>
    </message>
    <message>
        <source>Error: give --areas LAYER and --horizon YEAR.</source>
        <translation>Hata: --areas KATMAN ve --horizon YIL verin.</translation>
    </message>
    <message>
        <source>Error: "%1" is not a rate.</source>
        <translation>Hata: "%1" bir oran değil.</translation>
    </message>
    <message>
        <source>Error: "%1" is not NAME=VALUE.</source>
        <translation>Hata: "%1" AD=DEĞER biçiminde değil.</translation>
    </message>
    <message>
        <source>Error: no standard "%1"; they are %2.</source>
        <translation>Hata: "%1" diye bir standart yok; standartlar: %2.</translation>
    </message>
    <message>
        <source>Projection run %1 on "%2", %3 → %4.</source>
        <translation>"%2" için projeksiyon çalışması %1, %3 → %4.</translation>
    </message>
    <message>
        <source>%1 % a year: %2 → %3 people, %4 school places</source>
        <translation>yıllık %%1: %2 → %3 kişi, %4 okul yeri</translation>
    </message>
    <message>
        <source>, %1 short</source>
        <translation>, %1 eksik</translation>
    </message>
    <message>
        <source>The file to write: .pdf (all pages in one file), .png or .svg (one file per page: NAME-001.png, …).</source>
        <translation>Yazılacak dosya: .pdf (tüm sayfalar tek dosyada), .png ya da .svg (her sayfa için bir dosya: AD-001.png, …).</translation>
    </message>
    <message>
        <source>One page per area of this layer (instead of the layout's own atlas layer).</source>
        <translation>Bu katmanın her alanı için bir sayfa (sayfa düzeninin kendi atlas katmanı yerine).</translation>
    </message>
    <message>
        <source>Which areas, e.g. "ilçe = Şahinbey" or "nüfus &gt;= 5000 AND ilçe IN (Şahinbey, Şehitkamil)".</source>
        <translation>Yazdırılacak alanlar, ör. "ilçe = Şahinbey" ya da "nüfus &gt;= 5000 AND ilçe IN (Şahinbey, Şehitkamil)".</translation>
    </message>
    <message>
        <source>Only the N areas with the highest migration pressure.</source>
        <translation>Yalnızca göç baskısı en yüksek N alan.</translation>
    </message>
    <message>
        <source>Resolution of PNG and SVG pages (default 300).</source>
        <translation>PNG ve SVG sayfalarının çözünürlüğü (varsayılan 300).</translation>
    </message>
    <message>
        <source>One file per area in the folder OUT, named after the area.</source>
        <translation>ÇIKTI klasörüne her alan için, alanın adını taşıyan ayrı bir dosya yazar.</translation>
    </message>
    <message>
        <source>With --per-area: pdf (default), png or svg.</source>
        <translation>--per-area ile: pdf (varsayılan), png ya da svg.</translation>
    </message>
    <message>
        <source>Leave out the atlas's cover and contents pages.</source>
        <translation>Atlasın kapak ve içindekiler sayfalarını ekleme.</translation>
    </message>
    <message>
        <source>With a template: its English version.</source>
        <translation>Şablon verildiyse: şablonun İngilizce sürümü.</translation>
    </message>
    <message>
        <source>Print the names and contact details of muhtar and other people (personal data, KVKK).</source>
        <translation>Muhtarların ve diğer kişilerin adlarını ve iletişim bilgilerini yazdır (kişisel veri, KVKK).</translation>
    </message>
    <message>
        <source>The date to print (YYYY-MM-DD; default today).</source>
        <translation>Yazdırılacak tarih (YYYY-MM-DD; varsayılan bugün).</translation>
    </message>
    <message>
        <source>Benchmark reference: draw every feature, no index.</source>
        <translation>Performans karşılaştırması için: her objeyi indeks kullanmadan çiz.</translation>
    </message>
    <message>
        <source>Error: print needs --layout NAME and -o OUT.</source>
        <translation>Hata: print komutu için --layout AD ve -o ÇIKTI gerekir.</translation>
    </message>
    <message>
        <source>Error: --format takes pdf, png or svg.</source>
        <translation>Hata: --format pdf, png ya da svg alır.</translation>
    </message>
    <message>
        <source>Error: the output must end in .pdf, .png or .svg.</source>
        <translation>Hata: çıktı dosyasının adı .pdf, .png ya da .svg ile bitmelidir.</translation>
    </message>
    <message>
        <source>Error: --dpi takes a number from 36 to 1200.</source>
        <translation>Hata: --dpi 36 ile 1200 arasında bir sayı alır.</translation>
    </message>
    <message>
        <source>Error: --top takes a number of areas, e.g. 10.</source>
        <translation>Hata: --top bir alan sayısı alır, ör. 10.</translation>
    </message>
    <message>
        <source>Error: --date takes YYYY-MM-DD, e.g. 2026-12-02.</source>
        <translation>Hata: --date YYYY-MM-DD biçiminde bir tarih alır, ör. 2026-12-02.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) of "%1"</source>
        <translation>
            <numerusform>"%1" sayfa düzeninden %n sayfa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(atlas of %n area(s) of "%1")</source>
        <translation>
            <numerusform>("%1" katmanından %n alanlık atlas)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s (%2 pages a second; reading the project %3 s).</source>
        <translation>%1 sn içinde yazdırıldı (saniyede %2 sayfa; projenin okunması %3 sn).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 yazıldı.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%1 klasörüne %n dosya yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts below %1 are shown as "&lt;%1" (small-cell suppression).</source>
        <translation>%1 altındaki sayılar "&lt;%1" olarak gösterilir (eşiğin altındaki sayıların gizlenmesi).</translation>
    </message>
    <message>
        <source>The folder with the real data files (default: the data that comes with the program, %1).</source>
        <translation>Gerçek veri dosyalarının klasörü (varsayılan: programla gelen veriler, %1).</translation>
    </message>
    <message>
        <source>Error: --size %1 is too large: at most %2 pixels a side and %3 million pixels in all. For a poster, print a layout to PDF (geisep-cli print), which is drawn as vectors at any size.</source>
        <translation>Hata: --size %1 çok büyük: bir kenar en çok %2 piksel, toplam en çok %3 milyon piksel olabilir. Afiş için bir sayfa düzenini PDF'ye basın (geisep-cli print); PDF her boyutta vektör olarak çizilir.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n gap layer(s) of earlier runs replaced.</source>
        <translation>
            <numerusform>Önceki çalışmaların %n boşluk katmanı değiştirildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer's name.</source>
        <translation>Katmanın adı.</translation>
    </message>
    <message>
        <source>What the layer holds: migrant_area, muhtar_district, infrastructure or reference.</source>
        <translation>Katmanın ne tuttuğu: migrant_area, muhtar_district, infrastructure veya reference.</translation>
    </message>
    <message>
        <source>polygon (default), point or line.</source>
        <translation>polygon (varsayılan), point veya line.</translation>
    </message>
    <message>
        <source>A field, repeatable: NAME:TYPE with TYPE integer, real, text, text(N), date, datetime or boolean. Without any, the role's fields (a migrant area: name, households, persons, source, survey_date, note).</source>
        <translation>Bir alan, tekrarlanabilir: AD:TÜR; TÜR integer, real, text, text(N), date, datetime veya boolean. Hiç verilmezse rolün alanları (göçmen yerleşim alanı için: name, households, persons, source, survey_date, note).</translation>
    </message>
    <message>
        <source>Error: give the layer a name with --name and a role with --role.</source>
        <translation>Hata: katmana --name ile bir ad, --role ile bir rol verin.</translation>
    </message>
    <message>
        <source>Error: --geometry is polygon, point or line, not "%1".</source>
        <translation>Hata: --geometry polygon, point veya line olur, "%1" olmaz.</translation>
    </message>
    <message>
        <source>Error: "%1" is not a field; write NAME:TYPE, e.g. households:integer or source:text(200).</source>
        <translation>Hata: "%1" bir alan değil; AD:TÜR yazın, örneğin households:integer veya source:text(200).</translation>
    </message>
    <message>
        <source>Created the layer "%1" (%2, %3) with the fields: %4.</source>
        <translation>"%1" katmanı oluşturuldu (%2, %3); alanları: %4.</translation>
    </message>
    <message>
        <source>Usage: geisep-cli layer new PROJECT.gpkg --name NAME --role ROLE [--geometry polygon|point|line] [--field NAME:TYPE …]
       geisep-cli layer filter PROJECT.gpkg --name NAME [--where EXPRESSION]</source>
        <translation>Kullanım: geisep-cli layer new PROJE.gpkg --name AD --role ROL [--geometry polygon|point|line] [--field AD:TÜR …]
          geisep-cli layer filter PROJE.gpkg --name AD [--where İFADE]</translation>
    </message>
    <message>
        <source>Error: say what to do with layers: geisep-cli layer new PROJECT.gpkg --name NAME --role ROLE, or geisep-cli layer filter PROJECT.gpkg --name NAME --where EXPRESSION</source>
        <translation>Hata: katmanlarla ne yapılacağını söyleyin: geisep-cli layer new PROJE.gpkg --name AD --role ROL ya da geisep-cli layer filter PROJE.gpkg --name AD --where İFADE</translation>
    </message>
    <message>
        <source>Keep only the features this accepts, in the atlas filter's language ("ilçe = Eyyübiye AND nüfus &gt;= 5000"); without it, or empty, the filter is cleared.</source>
        <translation>Yalnızca bu ifadenin kabul ettiği objeleri tut; atlas süzgecinin dilinde ("ilçe = Eyyübiye AND nüfus &gt;= 5000"). Verilmezse ya da boşsa süzgeç kaldırılır.</translation>
    </message>
    <message>
        <source>Error: name the layer with --name.</source>
        <translation>Hata: katmanı --name ile adlandırın.</translation>
    </message>
    <message>
        <source>The project has no layer "%1".</source>
        <translation>Projede "%1" adlı katman yok.</translation>
    </message>
    <message>
        <source>Its layers: %1.</source>
        <translation>Katmanları: %1.</translation>
    </message>
    <message>
        <source>The layer "%1" has no filter: all %2 features are used.</source>
        <translation>"%1" katmanının süzgeci yok: %2 objenin tümü kullanılıyor.</translation>
    </message>
    <message>
        <source>The layer "%1" is filtered: %2 of %3 features are used.</source>
        <translation>"%1" katmanı süzülüyor: %3 objeden %2 tanesi kullanılıyor.</translation>
    </message>
    <message>
        <source>Take only the features within a rectangle of the project's CRS (metres), as the map's view: MINX,MINY,MAXX,MAXY.</source>
        <translation>Yalnızca projenin koordinat sistemindeki (metre) bir dikdörtgenin içindeki objeleri al, haritanın görünümü gibi: MINX,MINY,MAXX,MAXY.</translation>
    </message>
    <message>
        <source>Error: --extent is MINX,MINY,MAXX,MAXY in the project's CRS, with MINX &lt; MAXX and MINY &lt; MAXY.</source>
        <translation>Hata: --extent projenin koordinat sisteminde MINX,MINY,MAXX,MAXY olarak yazılır; MINX &lt; MAXX ve MINY &lt; MAXY olmalı.</translation>
    </message>
    <message>
        <source>The table of figures: a CSV, or an Excel (.xlsx) or LibreOffice (.ods) workbook.</source>
        <translation>Sayı tablosu: bir CSV ya da Excel (.xlsx) veya LibreOffice (.ods) çalışma kitabı.</translation>
    </message>
    <message>
        <source>The workbook's sheet (default: the first).</source>
        <translation>Çalışma kitabının sayfası (varsayılan: ilki).</translation>
    </message>
    <message>
        <source>Error: --sheet is for workbooks (.xlsx, .ods).</source>
        <translation>Hata: --sheet çalışma kitapları (.xlsx, .ods) içindir.</translation>
    </message>
    <message>
        <source>The file to write: .csv (UTF-8 with BOM) or .xlsx (an Excel workbook with typed cells).</source>
        <translation>Yazılacak dosya: .csv (BOM'lu UTF-8) ya da .xlsx (sayıların sayı, tarihlerin tarih olarak yazıldığı bir Excel çalışma kitabı).</translation>
    </message>
    <message>
        <source>Also write the results table (.csv, or .xlsx for Excel).</source>
        <translation>Sonuç tablosunu da yaz (.csv ya da Excel için .xlsx).</translation>
    </message>
    <message>
        <source>Write one line per input row: how it matched (.csv, or .xlsx for Excel).</source>
        <translation>Her girdi satırı için bir satır yaz: nasıl eşleştiği (.csv ya da Excel için .xlsx).</translation>
    </message>
    <message>
        <source>A layout saved in the project (Print ▸ Layout designer), or a template: fact-sheet, district-map, district-sheet.</source>
        <translation>Projede kayıtlı bir sayfa düzeni (Yazdır ▸ Sayfa düzeni) ya da bir şablon: fact-sheet, district-map, district-sheet.</translation>
    </message>
    <message>
        <source>Usage: geisep-cli server init --dsn DSN [--schema NAME]
       geisep-cli server add-member --dsn DSN --institution NAME --kind KIND [--role ROLE] [--password-stdin] [--schema NAME]
       geisep-cli server members --dsn DSN [--schema NAME]</source>
        <translation>Kullanım: geisep-cli server init --dsn DSN [--schema AD]
          geisep-cli server add-member --dsn DSN --institution AD --kind TÜR [--role ROL] [--password-stdin] [--schema AD]
          geisep-cli server members --dsn DSN [--schema AD]</translation>
    </message>
    <message>
        <source>The server, as a libpq connection string ("host=… port=5432 dbname=… user=… sslmode=require" or "service=NAME"). The password comes from ~/.pgpass, the service file or PGPASSWORD.</source>
        <translation>Sunucu, libpq bağlantı dizesi olarak ("host=… port=5432 dbname=… user=… sslmode=require" ya da "service=AD"). Parola ~/.pgpass dosyasından, servis dosyasından ya da PGPASSWORD'dan gelir.</translation>
    </message>
    <message>
        <source>The province's schema on the server (default geisep).</source>
        <translation>İlin sunucudaki şeması (varsayılan geisep).</translation>
    </message>
    <message>
        <source>The institution's name, as it is written.</source>
        <translation>Kurumun yazıldığı biçimiyle adı.</translation>
    </message>
    <message>
        <source>What it is: %1.</source>
        <translation>Kurum türü: %1.</translation>
    </message>
    <message>
        <source>Its PostgreSQL login role (default: made from the name).</source>
        <translation>Kurumun PostgreSQL oturum rolü (varsayılan: addan türetilir).</translation>
    </message>
    <message>
        <source>Read the role's password from the first line of standard input.</source>
        <translation>Rolün parolasını standart girdinin ilk satırından oku.</translation>
    </message>
    <message>
        <source>Error: say which server with --dsn.</source>
        <translation>Hata: sunucuyu --dsn ile belirtin.</translation>
    </message>
    <message>
        <source>Error: add-member needs --institution NAME and --kind, one of: %1.</source>
        <translation>Hata: add-member için --institution AD ve --kind gerekir; tür şunlardan biri olmalı: %1.</translation>
    </message>
    <message>
        <source>The shared plan in schema %1 is up to date (version %2).</source>
        <translation>%1 şemasındaki ortak plan güncel (sürüm %2).</translation>
    </message>
    <message>
        <source>Made the shared plan in schema %1 (version %2).</source>
        <translation>Ortak plan %1 şemasında oluşturuldu (sürüm %2).</translation>
    </message>
    <message>
        <source>%1 (%2) writes its part of the plan as role %3.</source>
        <translation>%1 (%2), planın kendi bölümünü %3 rolüyle yazar.</translation>
    </message>
    <message>
        <source>The province's server, as a libpq connection string; connect as your institution's role. The password comes from ~/.pgpass, the service file or PGPASSWORD.</source>
        <translation>İlin sunucusu, libpq bağlantı dizesi olarak; kurumunuzun rolüyle bağlanın. Parola ~/.pgpass dosyasından, servis dosyasından ya da PGPASSWORD'dan gelir.</translation>
    </message>
    <message>
        <source>Error: say which server with --server.</source>
        <translation>Hata: sunucuyu --server ile belirtin.</translation>
    </message>
    <message>
        <source>Published for %1: %2 goals, objectives and actions, %3 area layer(s) with %4 areas, %5 links, %6 figures (%7 sector(s) new on the server).</source>
        <translation>%1 adına yayımlandı: %2 hedef, amaç ve eylem, %4 alanlı %3 alan katmanı, %5 bağlantı, %6 veri (sunucuda %7 yeni sektör).</translation>
    </message>
    <message>
        <source>Pulled for %1 from %2: %3 goals, objectives and actions new, %4 changed, %5 as before.</source>
        <translation>%1 için %2 kurumundan çekildi: %3 hedef, amaç ve eylem yeni, %4 değişmiş, %5 aynı.</translation>
    </message>
    <message>
        <source>no other institution</source>
        <translation>başka hiçbir kurum</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were left out: what they belong to is not in the shared plan.</source>
        <translation>
            <numerusform>%n öğe dışarıda bırakıldı: bağlı oldukları öğe ortak planda yok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed both here and on the server since the last sync: both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n satır son eşitlemeden bu yana hem burada hem sunucuda değişmiş: siz seçene kadar iki sürüm de saklanıyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflict on row UID by keeping the project's version; the next publish sends it.</source>
        <translation>UID satırındaki çakışmayı projedeki sürümü koruyarak çözer; sonraki yayımlama onu gönderir.</translation>
    </message>
    <message>
        <source>Resolve the conflict on row UID by taking the server's version.</source>
        <translation>UID satırındaki çakışmayı sunucudaki sürümü alarak çözer.</translation>
    </message>
    <message>
        <source>Kept this project's version of %1; publish to send it.</source>
        <translation>%1 için bu projedeki sürüm korundu; göndermek için yayımlayın.</translation>
    </message>
    <message>
        <source>Took the server's version of %1.</source>
        <translation>%1 için sunucudaki sürüm alındı.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Çakışma yok.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>amaç</translation>
    </message>
    <message>
        <source>action</source>
        <translation>eylem</translation>
    </message>
    <message>
        <source>base %1, theirs %2, mine %3</source>
        <translation>önceki %1, onlarınki %2, benimki %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an open conflict were left out; see geisep-cli conflicts.</source>
        <translation>
            <numerusform>Açık çakışması olan %n satır dışarıda bırakıldı; bkz. geisep-cli conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of other institutions' items sent as the governorship's.</source>
        <translation>
            <numerusform>Diğer kurumların öğelerinde %n düzenleme valiliğin düzenlemesi olarak gönderildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Coverage needs a layer of areas (polygons).</source>
        <translation>Erişim analizi bir alan (poligon) katmanı gerektirir.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Sphere Handbook: a water point within 500 m of every household</source>
        <translation>Sphere El Kitabı: her haneye 500 m içinde bir su noktası</translation>
    </message>
    <message>
        <source>SDG indicator 11.2.1: a stop within 500 m walking distance</source>
        <translation>SKA göstergesi 11.2.1: 500 m yürüme mesafesinde bir durak</translation>
    </message>
    <message>
        <source>Primary school walking distance, 500–1000 m</source>
        <translation>İlkokul yürüme mesafesi, 500–1000 m</translation>
    </message>
    <message>
        <source>Health centre (aile sağlığı merkezi) within 1000 m</source>
        <translation>Aile sağlığı merkezi 1000 m içinde</translation>
    </message>
    <message>
        <source>No published standard; 500 m until you set one</source>
        <translation>Yayımlanmış bir standart yok; siz belirleyene kadar 500 m</translation>
    </message>
    <message>
        <source>The layer "%1" has no %2 figures for %3.</source>
        <translation>"%1" katmanında %3 yılı için %2 rakamı yok.</translation>
    </message>
    <message>
        <source>Periods with figures: %1.</source>
        <translation>Rakamı olan dönemler: %1.</translation>
    </message>
    <message>
        <source>Say which layer holds the facilities.</source>
        <translation>Tesislerin hangi katmanda olduğunu belirtin.</translation>
    </message>
    <message>
        <source>Give an infrastructure layer (points, network lines or coverage polygons).</source>
        <translation>Bir altyapı katmanı verin (noktalar, şebeke hatları ya da kapsama çokgenleri).</translation>
    </message>
    <message>
        <source>The layer "%1" has no field "%2" naming each feature's service.</source>
        <translation>"%1" katmanında her nesnenin hizmet türünü veren "%2" alanı yok.</translation>
    </message>
    <message>
        <source>Name the field that holds it (--service-field).</source>
        <translation>Bu bilgiyi tutan alanı belirtin (--service-field).</translation>
    </message>
    <message>
        <source>Coverage polygons of "%1" come from two layers.</source>
        <translation>"%1" kapsama çokgenleri iki ayrı katmandan geliyor.</translation>
    </message>
    <message>
        <source>Put one service's coverage polygons in one layer.</source>
        <translation>Bir hizmetin kapsama çokgenlerini tek katmanda toplayın.</translation>
    </message>
    <message>
        <source>The facility layers hold no feature of the services asked for.</source>
        <translation>Tesis katmanlarında istenen hizmetlerden hiçbir nesne yok.</translation>
    </message>
    <message>
        <source>Check the service field and the services (school, health, water, transit).</source>
        <translation>Hizmet alanını ve hizmetleri denetleyin (school, health, water, transit).</translation>
    </message>
    <message>
        <source>No facility offers the service "%1".</source>
        <translation>"%1" hizmetini veren bir tesis yok.</translation>
    </message>
    <message>
        <source>Services in the facility layers: %1.</source>
        <translation>Tesis katmanlarındaki hizmetler: %1.</translation>
    </message>
    <message>
        <source>The catchment distance of "%1" must be above 0 m.</source>
        <translation>"%1" için erişim mesafesi 0 m'den büyük olmalı.</translation>
    </message>
    <message>
        <source>The layer "%1" has no field "%2".</source>
        <translation>"%1" katmanında "%2" alanı yok.</translation>
    </message>
    <message>
        <source>Name the field that holds the counts.</source>
        <translation>Sayıları tutan alanı belirtin.</translation>
    </message>
    <message>
        <source>Coverage gaps: %1 (run %2)</source>
        <translation>Kapsama boşlukları: %1 (çalışma %2)</translation>
    </message>
    <message>
        <source>Parts of each area of "%1" beyond %2 m of a %3 facility (analysis run %4).</source>
        <translation>"%1" alanlarının en yakın %3 tesisine %2 m'den uzak kalan kısımları (analiz çalışması %4).</translation>
    </message>
    <message>
        <source>The layer "%1" has no field "%2". Its fields are: %3.</source>
        <translation>"%1" katmanında "%2" alanı yok. Alanları: %3.</translation>
    </message>
    <message>
        <source>Name one of them with --service-field.</source>
        <translation>--service-field ile bunlardan birini belirtin.</translation>
    </message>
    <message>
        <source>Join the figures first.</source>
        <translation>Önce alan verilerini birleştirin.</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <source>EPSG:%1 is not a coordinate reference system that PROJ knows.</source>
        <translation>EPSG:%1, PROJ'un tanıdığı bir koordinat referans sistemi değil.</translation>
    </message>
    <message>
        <source>Use a code such as EPSG:5256 (TUREF / TM36) or EPSG:4326 (WGS 84).</source>
        <translation>EPSG:5256 (TUREF / TM36) ya da EPSG:4326 (WGS 84) gibi bir kod kullanın.</translation>
    </message>
    <message>
        <source>PROJ cannot write EPSG:%1 as WKT 1.</source>
        <translation>PROJ, EPSG:%1 sistemini WKT 1 biçiminde yazamıyor.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Dosya bulunamadı.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Dosya yolunu denetleyin.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Dosya okunamıyor: %1</translation>
    </message>
    <message>
        <source>given</source>
        <translation>verilen</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text, as the chosen encoding says.</source>
        <translation>%1. satır, seçilen kodlamanın söylediği gibi UTF-8 metin değil.</translation>
    </message>
    <message>
        <source>Choose CP1254 (Turkish Windows, Excel) or leave the encoding to be detected. Nothing was imported.</source>
        <translation>CP1254’ü (Türkçe Windows, Excel) seçin ya da kodlamanın otomatik algılanmasına bırakın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains NUL bytes).</source>
        <translation>Bu bir metin dosyası değil (NUL baytları içeriyor).</translation>
    </message>
    <message>
        <source>Save the table as CSV from your spreadsheet program.</source>
        <translation>Tabloyu hesap tablosu programınızdan CSV olarak kaydedin.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>Check that it is the file you meant.</source>
        <translation>İstediğiniz dosya olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Line %1: a quote in the middle of a field.</source>
        <translation>%1. satır: bir alanın ortasında tırnak işareti var.</translation>
    </message>
    <message>
        <source>Quote the whole field, and double quotes inside it ("").</source>
        <translation>Alanın tamamını tırnak içine alın, içindeki tırnakları çiftleyin ("").</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>%1. satır: kapanış tırnağından sonra metin var.</translation>
    </message>
    <message>
        <source>Check the quotes on that line.</source>
        <translation>O satırdaki tırnak işaretlerini denetleyin.</translation>
    </message>
    <message>
        <source>Line %1: a quote opens a field that never closes.</source>
        <translation>%1. satır: tırnakla açılan bir alan hiç kapanmıyor.</translation>
    </message>
    <message>
        <source>Check the quotes on that line; the rest of the file was read as one field.</source>
        <translation>O satırdaki tırnak işaretlerini denetleyin; dosyanın geri kalanı tek bir alan olarak okundu.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Dosyada başlık satırı yok.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>%1. satırda %2 alan var; başlıkta %3 alan var.</translation>
    </message>
    <message>
        <source>Check the separators and quotes on that line (the separator is "%1").</source>
        <translation>O satırdaki ayırıcıları ve tırnak işaretlerini denetleyin (ayırıcı: "%1").</translation>
    </message>
    <message>
        <source>UTF-8 (byte order mark)</source>
        <translation>UTF-8 (bayt sırası işaretli)</translation>
    </message>
</context>
<context>
    <name>FeatureEditor</name>
    <message>
        <source>The table "%1" has a name this program does not write.</source>
        <translation>"%1" tablosunun adı bu programın yazdığı türden değil.</translation>
    </message>
    <message>
        <source>Run geisep-cli validate on the project.</source>
        <translation>Proje üzerinde geisep-cli validate çalıştırın.</translation>
    </message>
    <message>
        <source>areas (polygons)</source>
        <translation>alanlar (poligonlar)</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>çizgiler</translation>
    </message>
    <message>
        <source>points</source>
        <translation>noktalar</translation>
    </message>
    <message>
        <source>A layer needs a name.</source>
        <translation>Katmanın bir adı olmalı.</translation>
    </message>
    <message>
        <source>Type a name for the layer.</source>
        <translation>Katman için bir ad yazın.</translation>
    </message>
    <message>
        <source>Unknown role "%1"; use one of: %2.</source>
        <translation>Bilinmeyen rol "%1"; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>A layer holds points, lines or polygons, not "%1".</source>
        <translation>Bir katman nokta, çizgi veya poligon tutar, "%1" tutmaz.</translation>
    </message>
    <message>
        <source>Areas are polygons: a layer of areas cannot hold %1.</source>
        <translation>Alanlar poligondur: alan katmanı %1 tutamaz.</translation>
    </message>
    <message>
        <source>Choose polygons, or the role "reference".</source>
        <translation>Poligon seçin ya da "reference" rolünü.</translation>
    </message>
    <message>
        <source>The project already has a layer "%1".</source>
        <translation>Projede zaten "%1" adlı bir katman var.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>"%1" cannot be a field name here.</source>
        <translation>"%1" burada alan adı olamaz.</translation>
    </message>
    <message>
        <source>Use letters, digits and _, each name once, not fid or geom.</source>
        <translation>Harf, rakam ve _ kullanın; her adı bir kez, fid veya geom dışında.</translation>
    </message>
    <message>
        <source>Drawn in GEİSEP Workbench</source>
        <translation>GEİSEP Çalışma Ortamı'nda çizildi</translation>
    </message>
    <message>
        <source>The project has no vector layer number %1.</source>
        <translation>Projede %1 numaralı bir vektör katman yok.</translation>
    </message>
    <message>
        <source>The layer "%1" has a table name this program does not write (%2).</source>
        <translation>"%1" katmanının tablo adı bu programın yazdığı türden değil (%2).</translation>
    </message>
    <message>
        <source>A value is needed.</source>
        <translation>Bir değer gerekli.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number; write one like 1250.</source>
        <translation>"%1" bir tam sayı değil; 1250 gibi yazın.</translation>
    </message>
    <message>
        <source>"%1" is not a number; write one like 12,5.</source>
        <translation>"%1" bir sayı değil; 12,5 gibi yazın.</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no.</source>
        <translation>"%1" ne evet ne hayır.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as 31.12.2026.</source>
        <translation>"%1" bir tarih değil; 31.12.2026 gibi yazın.</translation>
    </message>
    <message>
        <source>At most %1 characters fit; this text has %2.</source>
        <translation>En çok %1 karakter sığar; bu metin %2 karakter.</translation>
    </message>
    <message>
        <source>This field holds binary data and cannot be edited here.</source>
        <translation>Bu alan ikili veri tutuyor; burada düzenlenemez.</translation>
    </message>
    <message>
        <source>The drawn shape is not a geometry (too few points?).</source>
        <translation>Çizilen şekil bir geometri değil (nokta sayısı az mı?).</translation>
    </message>
    <message>
        <source>Draw at least three points for an area, two for a line.</source>
        <translation>Alan için en az üç, çizgi için en az iki nokta çizin.</translation>
    </message>
    <message>
        <source>The drawn shape is empty.</source>
        <translation>Çizilen şekil boş.</translation>
    </message>
    <message>
        <source>This layer holds %1; the shape drawn is not one.</source>
        <translation>Bu katman %1 tutar; çizilen şekil bunlardan değil.</translation>
    </message>
    <message>
        <source>Draw into a layer of the same kind, or make a new layer.</source>
        <translation>Aynı türden bir katmana çizin ya da yeni bir katman oluşturun.</translation>
    </message>
    <message>
        <source>The shape is not valid at %1, %2: %3.</source>
        <translation>Şekil %1, %2 noktasında geçerli değil: %3.</translation>
    </message>
    <message>
        <source>Move the crossing vertices apart, or let the program repair the shape.</source>
        <translation>Kesişen köşeleri ayırın ya da şekli programın onarmasına bırakın.</translation>
    </message>
    <message>
        <source>The shape could not be repaired: nothing of it is left as %1.</source>
        <translation>Şekil onarılamadı: geriye %1 olarak bir şey kalmıyor.</translation>
    </message>
    <message>
        <source>Draw it again.</source>
        <translation>Yeniden çizin.</translation>
    </message>
    <message>
        <source>This layer holds one part per feature; the shape has %1.</source>
        <translation>Bu katman her objede tek parça tutar; şeklin %1 parçası var.</translation>
    </message>
    <message>
        <source>The layer "%1" has no field "%2".</source>
        <translation>"%1" katmanında "%2" alanı yok.</translation>
    </message>
    <message>
        <source>Areas have no field "%1".</source>
        <translation>Alanların "%1" diye bir alanı yok.</translation>
    </message>
    <message>
        <source>The layer "%1" has no feature %2.</source>
        <translation>"%1" katmanında %2 numaralı obje yok.</translation>
    </message>
    <message>
        <source>The layer "%1" holds no areas.</source>
        <translation>"%1" katmanı alan tutmuyor.</translation>
    </message>
    <message>
        <source>The layer "%1" has no area %2.</source>
        <translation>"%1" katmanında %2 numaralı alan yok.</translation>
    </message>
    <message>
        <source>The layer "%1" has no feature %2 with a shape.</source>
        <translation>"%1" katmanında şekli olan %2 numaralı obje yok.</translation>
    </message>
    <message>
        <source>Some of the features to delete are no longer in the layer "%1".</source>
        <translation>Silinecek objelerin bazıları artık "%1" katmanında değil.</translation>
    </message>
    <message>
        <source>Close the attribute table and open it again.</source>
        <translation>Öznitelik tablosunu kapatıp yeniden açın.</translation>
    </message>
    <message>
        <source>Select at least two features to merge.</source>
        <translation>Birleştirmek için en az iki obje seçin.</translation>
    </message>
    <message>
        <source>Only areas (polygons) are merged; "%1" holds %2.</source>
        <translation>Yalnızca alanlar (poligonlar) birleştirilir; "%1" %2 tutuyor.</translation>
    </message>
    <message>
        <source>The features could not be merged.</source>
        <translation>Objeler birleştirilemedi.</translation>
    </message>
    <message>
        <source>Feature %1: %2</source>
        <translation>Obje %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Use letters, digits and _, not fid or geom.</source>
        <translation>Harf, rakam ve _ kullanın; fid ya da geom olmasın.</translation>
    </message>
    <message>
        <source>The layer "%1" already has a field "%2".</source>
        <translation>"%1" katmanında zaten "%2" alanı var.</translation>
    </message>
    <message>
        <source>A field holds numbers, text, dates or yes/no.</source>
        <translation>Bir alan sayı, metin, tarih ya da evet/hayır tutar.</translation>
    </message>
    <message>
        <source>Choose another field in the layer's style first (Style…).</source>
        <translation>Önce katmanın stilinde başka bir alan seçin (Stil…).</translation>
    </message>
    <message>
        <source>The field "%1" names the layer's areas and cannot be removed.</source>
        <translation>"%1" alanı katmanın alanlarını adlandırıyor; kaldırılamaz.</translation>
    </message>
    <message>
        <source>Change its values instead.</source>
        <translation>Bunun yerine değerlerini değiştirin.</translation>
    </message>
    <message>
        <source>The filter of "%1" names the field "%2".</source>
        <translation>"%1" katmanının süzgeci "%2" alanını kullanıyor.</translation>
    </message>
    <message>
        <source>Change or clear the layer's filter first (Filter…).</source>
        <translation>Önce katmanın süzgecini değiştirin ya da kaldırın (Süzgeç…).</translation>
    </message>
    <message>
        <source>The style of "%1" colours by the field "%2".</source>
        <translation>"%1" katmanının stili "%2" alanına göre renklendiriyor.</translation>
    </message>
    <message>
        <source>The style of "%1" labels by the field "%2".</source>
        <translation>"%1" katmanının stili "%2" alanıyla etiketliyor.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Only areas (polygons) can be split; "%1" holds %2.</source>
        <translation>Yalnızca alanlar (poligonlar) bölünebilir; "%1" katmanında %2 var.</translation>
    </message>
    <message>
        <source>Draw the splitting line with two points or more.</source>
        <translation>Bölme çizgisini iki ya da daha çok noktayla çizin.</translation>
    </message>
    <message>
        <source>Feature %1 could not be split.</source>
        <translation>%1 numaralı obje bölünemedi.</translation>
    </message>
    <message>
        <source>Feature %1 is gone from the layer.</source>
        <translation>%1 numaralı obje artık katmanda yok.</translation>
    </message>
    <message>
        <source>The line cuts no area of "%1" from one side to the other.</source>
        <translation>Çizgi "%1" katmanının hiçbir alanını bir yanından öbür yanına kesmiyor.</translation>
    </message>
    <message>
        <source>Draw it across the area, starting and ending outside.</source>
        <translation>Çizgiyi alanın dışında başlatıp dışında bitirerek alanın üzerinden geçirin.</translation>
    </message>
    <message>
        <source>The area lies in no mahalle, so it cannot be clipped to one.</source>
        <translation>Alan hiçbir mahallede değil; bu yüzden bir mahalleye kırpılamıyor.</translation>
    </message>
    <message>
        <source>Turn off clipping, or draw it inside a mahalle.</source>
        <translation>Kırpmayı kapatın ya da alanı bir mahallenin içine çizin.</translation>
    </message>
    <message>
        <source>clipped to %1</source>
        <translation>%1 sınırına kırpıldı</translation>
    </message>
    <message>
        <source>its mahalle</source>
        <translation>mahallesinin</translation>
    </message>
    <message>
        <source>The area could not be trimmed against feature %1.</source>
        <translation>Alan %1 numaralı objeye göre kırpılamadı.</translation>
    </message>
    <message numerus="yes">
        <source>trimmed where it overlapped %n feature(s) of the layer</source>
        <translation>
            <numerusform>katmanın %n objesiyle çakıştığı yerlerden kırpıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of the area is left once it is kept off the other areas.</source>
        <translation>Alan öbür alanların dışında tutulunca geriye hiçbir şey kalmıyor.</translation>
    </message>
    <message>
        <source>Draw it where the layer has no area yet.</source>
        <translation>Alanı katmanda henüz alan olmayan bir yere çizin.</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <source>The layer "%1" has no table.</source>
        <translation>"%1" katmanının tablosu yok.</translation>
    </message>
    <message>
        <source>The filter of the layer "%1" (%2) cannot be applied: %3</source>
        <translation>"%1" katmanının süzgeci (%2) uygulanamıyor: %3</translation>
    </message>
    <message>
        <source>Change or clear the filter in the layers panel (Filter…).</source>
        <translation>Süzgeci katmanlar panelinden değiştirin ya da kaldırın (Süzgeç…).</translation>
    </message>
    <message>
        <source>The layer "%1" has no feature numbers.</source>
        <translation>"%1" katmanında obje numaraları yok.</translation>
    </message>
</context>
<context>
    <name>FieldExpression</name>
    <message>
        <source>The quote at character %1 is not closed.</source>
        <translation>%1. karakterdeki tırnak kapanmamış.</translation>
    </message>
    <message>
        <source>"%1" at character %2 is not a number; write decimals with a dot: 12.5.</source>
        <translation>%2. karakterdeki "%1" bir sayı değil; ondalıkları noktayla yazın: 12.5.</translation>
    </message>
    <message>
        <source>"%1" at character %2 is not part of an expression.</source>
        <translation>%2. karakterdeki "%1" bir ifadede kullanılamaz.</translation>
    </message>
    <message>
        <source>Use + - * / ( ) and || to join text.</source>
        <translation>+ - * / ( ) ve metin birleştirmek için || kullanın.</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>İfade boş.</translation>
    </message>
    <message>
        <source>Write a value, a field or a sum of them.</source>
        <translation>Bir değer, bir alan ya da bunlarla bir hesap yazın.</translation>
    </message>
    <message>
        <source>Unexpected "%1" at character %2.</source>
        <translation>%2. karakterde beklenmeyen "%1".</translation>
    </message>
    <message>
        <source>The expression nests deeper than %1 levels at character %2.</source>
        <translation>İfade %2. karakterde %1 düzeyden daha derin iç içe geçiyor.</translation>
    </message>
    <message>
        <source>The bracket at character %1 is not closed.</source>
        <translation>%1. karakterdeki parantez kapanmamış.</translation>
    </message>
    <message>
        <source>There is no field "%1" (character %2).</source>
        <translation>"%1" adlı alan yok (%2. karakter).</translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation>Alanlar: %1.</translation>
    </message>
    <message>
        <source>Expected a value, a field or a bracket at character %1.</source>
        <translation>%1. karakterde bir değer, bir alan ya da parantez bekleniyordu.</translation>
    </message>
    <message>
        <source>There is no function "%1" (character %2).</source>
        <translation>"%1" adlı işlev yok (%2. karakter).</translation>
    </message>
    <message>
        <source>Functions: round, abs, coalesce.</source>
        <translation>İşlevler: round, abs, coalesce.</translation>
    </message>
    <message>
        <source>%1() at character %2 takes %3.</source>
        <translation>%2. karakterdeki %1() şunu alır: %3.</translation>
    </message>
    <message>
        <source>a number and optionally digits</source>
        <translation>bir sayı ve isteğe bağlı basamak sayısı</translation>
    </message>
    <message>
        <source>one number</source>
        <translation>bir sayı</translation>
    </message>
    <message>
        <source>one value or more</source>
        <translation>bir ya da daha çok değer</translation>
    </message>
</context>
<context>
    <name>FigureImporter</name>
    <message>
        <source>%1: %2 rows (%3). Matched %4 (exact %5, folded %6, fuzzy %7, manual %8), ambiguous %9, unmatched %10.</source>
        <translation>%1: %2 satır (%3). Eşleşen %4 (birebir %5, harf farkı gözetmeden %6, yakın yazım %7, elle %8), belirsiz %9, eşleşmeyen %10.</translation>
    </message>
    <message>
        <source>%1 figures written.</source>
        <translation>%1 değer yazıldı.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Proje salt okunur açık.</translation>
    </message>
    <message>
        <source>The period %1 is not a year.</source>
        <translation>%1 dönemi bir yıl değil.</translation>
    </message>
    <message>
        <source>Give the year the figures are for, e.g. --period 2023.</source>
        <translation>Verilerin ait olduğu yılı verin, ör. --period 2023.</translation>
    </message>
    <message>
        <source>Say which columns to take, e.g. --map "Nüfus 2023=population".</source>
        <translation>Hangi sütunların alınacağını belirtin, ör. --map "Nüfus 2023=population".</translation>
    </message>
    <message>
        <source>The table has no column "%1"; its columns are: %2.</source>
        <translation>Tabloda "%1" sütunu yok; sütunları: %2.</translation>
    </message>
    <message>
        <source>Name the column with the area names (--match PROVINCE,DISTRICT,NAME).</source>
        <translation>Alan adlarını içeren sütunu belirtin (--match İL,İLÇE,AD).</translation>
    </message>
    <message>
        <source>Unknown variable "%1".</source>
        <translation>Bilinmeyen değişken "%1".</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Şunlardan birini kullanın: %1.</translation>
    </message>
    <message>
        <source>The project has no area layer "%1".</source>
        <translation>Projede "%1" adlı alan katmanı yok.</translation>
    </message>
    <message>
        <source>Import the mahalle boundaries as muhtar_district or migrant_area first.</source>
        <translation>Önce mahalle sınırlarını muhtar_district ya da migrant_area olarak içe aktarın.</translation>
    </message>
    <message>
        <source>The layer has no field "%1".</source>
        <translation>Katmanda "%1" alanı yok.</translation>
    </message>
    <message>
        <source>Use code, name, id or a column of the layer.</source>
        <translation>code, name, id ya da katmanın bir sütununu kullanın.</translation>
    </message>
    <message>
        <source>The layer "%1" has no areas.</source>
        <translation>"%1" katmanında alan yok.</translation>
    </message>
    <message>
        <source>%1 areas share this name: ids %2</source>
        <translation>Bu adı %1 alan paylaşıyor: kimlikler %2</translation>
    </message>
    <message>
        <source>the same area as line %1</source>
        <translation>%1. satırla aynı alan</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) apart</source>
        <translation>
            <numerusform>%n harf farkı</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column "%2": "%3"</source>
        <translation>%1. satır, "%2" sütunu: "%3"</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not numbers: %1</source>
        <translation>
            <numerusform>%n değer sayı değil: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct those cells; nothing was imported.</source>
        <translation>Bu hücreleri düzeltin; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>No row matched: the areas of "%1" have no %2, but the rows are matched on it too. Import the areas again with a district layer (--districts, or the district layer in the import dialog), or match on fewer columns (the name alone, or province and name).</source>
        <translation>Hiçbir satır eşleşmedi: "%1" alanlarında %2 yok, ama satırlar buna göre de eşleştiriliyor. Alanları bir ilçe katmanıyla yeniden içe aktarın (--districts ya da içe aktarma penceresindeki ilçe katmanı) veya daha az sütunla eşleştirin (yalnızca ad ya da il ve ad).</translation>
    </message>
    <message>
        <source>district names</source>
        <translation>ilçe adı</translation>
    </message>
    <message>
        <source>province names</source>
        <translation>il adı</translation>
    </message>
    <message>
        <source>No row matched: the names in the file are not those of the areas of "%1". Check that the file is for the same province and districts, and the columns chosen to match on.</source>
        <translation>Hiçbir satır eşleşmedi: dosyadaki adlar "%1" alanlarının adları değil. Dosyanın aynı il ve ilçelere ait olduğunu ve eşleştirme için seçilen sütunları denetleyin.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>tam</translation>
    </message>
    <message>
        <source>spelling differs</source>
        <translation>yazım farklı</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>benzer ad</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>belirsiz</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>eşleşme yok</translation>
    </message>
    <message>
        <source>%1, sheet "%2"</source>
        <translation>%1, "%2" sayfası</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Eşleşmeler</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Area id</source>
        <translation>Alan no</translation>
    </message>
    <message>
        <source>Matched area</source>
        <translation>Eşleşen alan</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Eşleşme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>GpkgText</name>
    <message>
        <source>Cannot register the GeoPackage function %1.</source>
        <translation>GeoPackage işlevi kaydedilemiyor: %1.</translation>
    </message>
    <message>
        <source>Unknown geometry type %1.</source>
        <translation>Bilinmeyen geometri türü: %1.</translation>
    </message>
    <message>
        <source>Unknown column type %1.</source>
        <translation>Bilinmeyen sütun türü: %1.</translation>
    </message>
    <message>
        <source>Cannot create the layer table: %1</source>
        <translation>Katman tablosu oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>Cannot add the field: %1</source>
        <translation>Alan eklenemiyor: %1</translation>
    </message>
    <message>
        <source>Cannot remove the field: %1</source>
        <translation>Alan kaldırılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>LayerExporter</name>
    <message>
        <source>The project has no layer "%1".</source>
        <translation>Projede "%1" katmanı yok.</translation>
    </message>
    <message>
        <source>It has no layers yet.</source>
        <translation>Projede henüz katman yok.</translation>
    </message>
    <message>
        <source>Its layers are: %1.</source>
        <translation>Katmanları: %1.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>Çıktı dosyası zaten var.</translation>
    </message>
    <message>
        <source>Choose another name or remove it first.</source>
        <translation>Başka bir ad seçin ya da önce mevcut dosyayı silin.</translation>
    </message>
    <message>
        <source>Cannot export to .%1 files.</source>
        <translation>.%1 dosyalarına dışa aktarılamıyor.</translation>
    </message>
    <message>
        <source>Use .gpkg, .geojson, .shp or .csv.</source>
        <translation>.gpkg, .geojson, .shp ya da .csv kullanın.</translation>
    </message>
    <message>
        <source>GDAL cannot read the project: %1</source>
        <translation>GDAL projeyi okuyamıyor: %1</translation>
    </message>
    <message>
        <source>Bad export options: %1</source>
        <translation>Hatalı dışa aktarma seçenekleri: %1</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Yazma başarısız: %1</translation>
    </message>
    <message>
        <source>Check that you may write to the folder.</source>
        <translation>Klasöre yazma izniniz olduğunu denetleyin.</translation>
    </message>
</context>
<context>
    <name>LayerGeometry</name>
    <message>
        <source>The layer table name %1 is not one this program writes.</source>
        <translation>%1 katman tablosu adı bu programın yazdığı türden değil.</translation>
    </message>
</context>
<context>
    <name>LayerImporter</name>
    <message>
        <source>chosen</source>
        <translation>seçilen</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Proje salt okunur açık.</translation>
    </message>
    <message>
        <source>Unknown role "%1"; use one of: %2.</source>
        <translation>Bilinmeyen rol "%1"; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1".</source>
        <translation>Bilinmeyen karakter kodlaması "%1".</translation>
    </message>
    <message>
        <source>Use UTF-8, CP1254, ISO-8859-9 or ISO-8859-1.</source>
        <translation>UTF-8, CP1254, ISO-8859-9 ya da ISO-8859-1 kullanın.</translation>
    </message>
    <message>
        <source>The project's CRS EPSG:%1 is unknown to PROJ.</source>
        <translation>Projenin koordinat referans sistemi EPSG:%1, PROJ tarafından tanınmıyor.</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a coordinate reference system that PROJ knows.</source>
        <translation>EPSG:%1, PROJ’un tanıdığı bir koordinat referans sistemi değil.</translation>
    </message>
    <message>
        <source>The file does not say which coordinate system its coordinates are in (a shapefile without its .prj, for example).</source>
        <translation>Dosya, koordinatlarının hangi koordinat sisteminde olduğunu belirtmiyor (örneğin .prj dosyası olmayan bir shapefile).</translation>
    </message>
    <message>
        <source>Give it with --source-crs, e.g. EPSG:4326 for longitude/latitude or EPSG:5256 for TUREF / TM36.</source>
        <translation>--source-crs ile belirtin, ör. boylam/enlem için EPSG:4326 ya da TUREF / TM36 için EPSG:5256.</translation>
    </message>
    <message>
        <source>PROJ cannot transform from %1 to the project's CRS: %2</source>
        <translation>PROJ, %1 sisteminden projenin koordinat sistemine dönüşüm yapamıyor: %2</translation>
    </message>
    <message>
        <source>The filter "%1" cannot be used: %2</source>
        <translation>"%1" süzgeci kullanılamıyor: %2</translation>
    </message>
    <message>
        <source>Write it as in SQL, e.g. "townId IN (343, 344)".</source>
        <translation>SQL’deki gibi yazın, ör. "townId IN (343, 344)".</translation>
    </message>
    <message>
        <source>Reading stopped after %1 features: %2</source>
        <translation>Okuma %1 objeden sonra durdu: %2</translation>
    </message>
    <message>
        <source>The file may be cut short or damaged.</source>
        <translation>Dosya eksik ya da bozuk olabilir.</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>İçe aktarma iptal edildi; proje değişmedi.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>Hazır olduğunuzda yeniden başlatın.</translation>
    </message>
    <message>
        <source>Feature %1 has coordinates that cannot be right (%2, %3) for %4.</source>
        <translation>%1. objenin koordinatları %4 için doğru olamaz (%2, %3).</translation>
    </message>
    <message>
        <source>Fix or delete that feature, or give the right CRS with --source-crs. Nothing was imported.</source>
        <translation>Bu objeyi düzeltin ya da silin veya doğru KRS’yi --source-crs ile verin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Feature %1 lands outside any sensible area in the project's CRS.</source>
        <translation>%1. obje, projenin koordinat sisteminde anlamlı hiçbir bölgeye düşmüyor.</translation>
    </message>
    <message>
        <source>Check the file's CRS. Nothing was imported.</source>
        <translation>Dosyanın koordinat sistemini denetleyin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>feature %1: invalid and nothing of it is an area, skipped</source>
        <translation>%1. obje: geçersiz ve alan oluşturan hiçbir parçası yok, atlandı</translation>
    </message>
    <message>
        <source>The layer has no features with a geometry (%1 read).</source>
        <translation>Katmanda geometrisi olan obje yok (%1 obje okundu).</translation>
    </message>
    <message>
        <source>Check that it is the layer you meant.</source>
        <translation>İstediğiniz katman olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>given</source>
        <translation>verilen</translation>
    </message>
    <message>
        <source>The text in this file is not UTF-8, as --encoding says.</source>
        <translation>Bu dosyadaki metin, --encoding seçeneğinin söylediği gibi UTF-8 değil.</translation>
    </message>
    <message>
        <source>Leave --encoding out to detect it, or give CP1254 for files from Turkish Windows programs. Nothing was imported.</source>
        <translation>Otomatik algılama için --encoding seçeneğini vermeyin ya da Türkçe Windows programlarından gelen dosyalar için CP1254 verin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>detected: %1</source>
        <translation>algılandı: %1</translation>
    </message>
    <message>
        <source>The layer has no field "%1"; its fields are: %2.</source>
        <translation>Katmanda "%1" alanı yok; alanları: %2.</translation>
    </message>
    <message>
        <source>Name the service field with --service-field.</source>
        <translation>Hizmet alanını --service-field ile belirtin.</translation>
    </message>
    <message>
        <source>An infrastructure layer needs a service type for each feature.</source>
        <translation>Bir altyapı katmanında her obje için bir hizmet türü gerekir.</translation>
    </message>
    <message>
        <source>Give the field that holds it with --service-field, or one type for all with --service (school, health, water, transit).</source>
        <translation>Hizmet türünü tutan alanı --service-field ile ya da tümü için tek bir türü --service ile verin (school, health, water, transit).</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 kaynağından içe aktarıldı</translation>
    </message>
    <message>
        <source>%1 areas lie in no district of "%2".</source>
        <translation>%1 alan, "%2" katmanının hiçbir ilçesine düşmüyor.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Dosya bulunamadı.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Dosya yolunu denetleyin.</translation>
    </message>
    <message>
        <source>This file is not a GIS layer that can be read (GeoPackage, Shapefile, GeoJSON, KML, FlatGeobuf or CSV).</source>
        <translation>Bu dosya okunabilen bir CBS katmanı değil (GeoPackage, Shapefile, GeoJSON, KML, FlatGeobuf ya da CSV).</translation>
    </message>
    <message>
        <source>Check that the file is complete and is what its name says.</source>
        <translation>Dosyanın eksiksiz olduğunu ve adının söylediği türde olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>The file is named .%1 but holds %2 data.</source>
        <translation>Dosyanın uzantısı .%1 ama %2 verisi içeriyor.</translation>
    </message>
    <message>
        <source>Rename it to match its content, or export it again from the program that made it.</source>
        <translation>Dosyayı içeriğine uygun biçimde yeniden adlandırın ya da onu oluşturan programdan yeniden dışa aktarın.</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: %2</source>
        <translation>Dosya %1 olarak okunamıyor: %2</translation>
    </message>
    <message>
        <source>The file may be cut short or damaged; export it again.</source>
        <translation>Dosya eksik ya da bozuk olabilir; yeniden dışa aktarın.</translation>
    </message>
    <message>
        <source>The file holds no layers.</source>
        <translation>Dosyada katman yok.</translation>
    </message>
    <message>
        <source>Check that it is the file you meant.</source>
        <translation>İstediğiniz dosya olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>The file has no layer "%1"; it has: %2.</source>
        <translation>Dosyada "%1" katmanı yok; katmanları: %2.</translation>
    </message>
    <message>
        <source>Choose one of them with --layer.</source>
        <translation>Bunlardan birini --layer ile seçin.</translation>
    </message>
    <message>
        <source>The file holds %1 layers: %2.</source>
        <translation>Dosyada %1 katman var: %2.</translation>
    </message>
    <message>
        <source>Choose one with --layer.</source>
        <translation>Birini --layer ile seçin.</translation>
    </message>
    <message>
        <source>The project has no layer "%1" to take districts from.</source>
        <translation>Projede ilçelerin alınacağı "%1" katmanı yok.</translation>
    </message>
    <message>
        <source>Import the district boundaries first.</source>
        <translation>Önce ilçe sınırlarını içe aktarın.</translation>
    </message>
    <message>
        <source>The layer "%1" has no name field to take district names from.</source>
        <translation>"%1" katmanında ilçe adlarının alınacağı bir ad alanı yok.</translation>
    </message>
    <message>
        <source>Imported %1 (layer %2, %3) as table %4.</source>
        <translation>%1 (katman %2, %3), %4 tablosu olarak içe aktarıldı.</translation>
    </message>
    <message>
        <source>Read %1, written %2, repaired %3, skipped %4.</source>
        <translation>Okunan %1, yazılan %2, onarılan %3, atlanan %4.</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2).</source>
        <translation>Karakter kodlaması: %1 (%2).</translation>
    </message>
    <message>
        <source>Source CRS: %1. Geometry: %2.</source>
        <translation>Kaynak KRS: %1. Geometri: %2.</translation>
    </message>
    <message>
        <source>This is not a file on this computer: GEİSEP Workbench works offline and reads only local files.</source>
        <translation>Bu, bu bilgisayardaki bir dosya değil: GEİSEP Workbench çevrim dışı çalışır ve yalnızca yerel dosyaları okur.</translation>
    </message>
    <message>
        <source>Download the data first, then choose the downloaded file.</source>
        <translation>Önce veriyi indirin, sonra indirilen dosyayı seçin.</translation>
    </message>
    <message>
        <source>Files of this kind (%1) cannot be imported.</source>
        <translation>Bu türdeki dosyalar (%1) içe aktarılamaz.</translation>
    </message>
    <message>
        <source>Use GeoPackage, Shapefile (also zipped), GeoJSON, KML, FlatGeobuf or CSV.</source>
        <translation>GeoPackage, Shapefile (zip içinde de olabilir), GeoJSON, KML, FlatGeobuf ya da CSV kullanın.</translation>
    </message>
    <message>
        <source>The layer "%1" has a table name this program does not write (%2).</source>
        <translation>"%1" katmanının tablo adı bu programın yazdığı türden değil (%2).</translation>
    </message>
    <message>
        <source>Run geisep-cli validate on the project.</source>
        <translation>Projeyi geisep-cli validate ile denetleyin.</translation>
    </message>
    <message>
        <source>%1, but the text is not %2: it reads as %3</source>
        <translation>%1, ama metin %2 değil: %3 olarak okunuyor</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Lines %1 to %2 are read as one row: a quote opened on line %1 is only closed on line %2.</source>
        <translation>%1. ile %2. satırlar tek satır olarak okunuyor: %1. satırda açılan tırnak ancak %2. satırda kapanıyor.</translation>
    </message>
    <message>
        <source>Close the quote on line %1 (or remove it), then import again. Nothing was imported.</source>
        <translation>%1. satırdaki tırnağı kapatın (ya da silin), sonra yeniden içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>row %1 (line %2)</source>
        <translation>%1. kayıt (%2. satır)</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>%1. nesne</translation>
    </message>
    <message>
        <source>%1: no geometry, skipped</source>
        <translation>%1: geometrisi yok, atlandı</translation>
    </message>
    <message>
        <source>%1: the geometry cannot be read (%2), skipped</source>
        <translation>%1: geometrisi okunamıyor (%2), atlandı</translation>
    </message>
    <message>
        <source>Feature %1 nests geometry collections more than %2 deep; GDAL and QGIS could not read it back.</source>
        <translation>%1. nesne geometri koleksiyonlarını %2 düzeyden daha derin iç içe koyuyor; GDAL ve QGIS onu geri okuyamaz.</translation>
    </message>
    <message>
        <source>Fix or delete that feature in the program that made the file. Nothing was imported.</source>
        <translation>O nesneyi dosyayı oluşturan programda düzeltin ya da silin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The file says its text is %1 (%2), but it is not: it reads as %3 ("%4", not "%5").</source>
        <translation>Dosya metninin %1 olduğunu söylüyor (%2), ama değil: %3 olarak okunuyor ("%5" değil, "%4").</translation>
    </message>
    <message>
        <source>Import again with --encoding %1 (in the window: choose it in the import dialog), or with --encoding %2 to keep what the file says. Nothing was imported.</source>
        <translation>--encoding %1 ile yeniden içe aktarın (pencerede: içe aktarma penceresinde seçin) ya da dosyanın söylediğini korumak için --encoding %2 kullanın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>.cpg says %1</source>
        <translation>.cpg dosyası %1 diyor</translation>
    </message>
    <message>
        <source>.cpg says %1, not a known encoding</source>
        <translation>.cpg dosyası %1 diyor; bu bilinen bir kodlama değil</translation>
    </message>
    <message>
        <source>DBF code page mark 0xCA (Windows 1254)</source>
        <translation>DBF kod sayfası işareti 0xCA (Windows 1254)</translation>
    </message>
    <message>
        <source>DBF code page mark 0x%1 (the writer's ANSI code page)</source>
        <translation>DBF kod sayfası işareti 0x%1 (yazan makinenin ANSI kod sayfası)</translation>
    </message>
    <message>
        <source>DBF code page mark 0x%1</source>
        <translation>DBF kod sayfası işareti 0x%1</translation>
    </message>
    <message>
        <source>The VRT nests other VRTs too deeply.</source>
        <translation>VRT, başka VRT'leri çok derin iç içe kullanıyor.</translation>
    </message>
    <message>
        <source>The VRT reads %1, which is not a file on this computer.</source>
        <translation>VRT, bu bilgisayarda bir dosya olmayan %1 kaynağını okuyor.</translation>
    </message>
    <message>
        <source>Feature %1 of %2 could not be written: %3</source>
        <translation>%2 dosyasının %1 numaralı nesnesi yazılamadı: %3</translation>
    </message>
    <message>
        <source>The file has no field "%1".</source>
        <translation>Dosyada "%1" alanı yok.</translation>
    </message>
    <message>
        <source>The map's CRS EPSG:%1 is unknown to PROJ.</source>
        <translation>Haritanın koordinat sistemi EPSG:%1 PROJ tarafından bilinmiyor.</translation>
    </message>
    <message>
        <source>EPSG:%1 is unknown to PROJ.</source>
        <translation>EPSG:%1 PROJ tarafından bilinmiyor.</translation>
    </message>
    <message>
        <source>The file has no coordinate system, so the map's view cannot be found in it.</source>
        <translation>Dosyanın koordinat sistemi yok; bu yüzden haritanın görünümü dosyada bulunamıyor.</translation>
    </message>
    <message>
        <source>Choose the file's coordinate system.</source>
        <translation>Dosyanın koordinat sistemini seçin.</translation>
    </message>
    <message>
        <source>The map's view cannot be transformed to the file's coordinate system.</source>
        <translation>Haritanın görünümü dosyanın koordinat sistemine dönüştürülemiyor.</translation>
    </message>
    <message>
        <source>The map's view lies outside the file's coordinate system.</source>
        <translation>Haritanın görünümü dosyanın koordinat sisteminin dışında kalıyor.</translation>
    </message>
    <message>
        <source>Only the features within the map's view were taken.</source>
        <translation>Yalnızca haritanın görünümündeki objeler alındı.</translation>
    </message>
</context>
<context>
    <name>LayerStyle</name>
    <message>
        <source>Equal interval</source>
        <translation>Eşit aralık</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>Eşit sayı (kantil)</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Doğal kırılmalar (Jenks)</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Tek sembol</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Kategorilere göre</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Derecelendirilmiş</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Hedef yok</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n hedef</numerusform>
        </translation>
    </message>
    <message>
        <source>Unplanned: migrant share ≥ %1 %, no action</source>
        <translation>Planlanmamış: göçmen payı ≥ %%1, eylem yok</translation>
    </message>
    <message>
        <source>An action is linked</source>
        <translation>Bağlı bir eylem var</translation>
    </message>
    <message>
        <source>Migrant share below %1 %</source>
        <translation>Göçmen payı %%1 altında</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>The layout was saved by a newer GEİSEP Workbench (layout format %1; this program reads up to %2).</source>
        <translation>Sayfa düzeni GEİSEP Workbench’in daha yeni bir sürümüyle kaydedilmiş (sayfa düzeni biçimi %1; bu program en fazla %2 biçimini okuyabilir).</translation>
    </message>
    <message>
        <source>Open the project with the newer program, or update this one.</source>
        <translation>Projeyi daha yeni programla açın ya da bu programı güncelleyin.</translation>
    </message>
    <message>
        <source>The layout has an item of a kind this program does not know: "%1".</source>
        <translation>Sayfa düzeninde bu programın tanımadığı türde bir öğe var: "%1".</translation>
    </message>
    <message>
        <source>Open the project with the program that made the layout.</source>
        <translation>Projeyi, sayfa düzenini oluşturan programla açın.</translation>
    </message>
    <message>
        <source>Area name</source>
        <translation>Alan adı</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Proje adı</translation>
    </message>
    <message>
        <source>Date of printing</source>
        <translation>Yazdırma tarihi</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sayfa numarası</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Sayfa sayısı</translation>
    </message>
    <message>
        <source>The layout has a chart of a kind this program does not know: "%1".</source>
        <translation>Sayfa düzeninde bu programın tanımadığı türde bir grafik var: "%1".</translation>
    </message>
</context>
<context>
    <name>LayoutStore</name>
    <message>
        <source>The layout "%1" is damaged: its definition is not JSON.</source>
        <translation>"%1" sayfa düzeni bozuk: tanımı JSON değil.</translation>
    </message>
    <message>
        <source>Remove it and make it again from a template.</source>
        <translation>Sayfa düzenini kaldırın ve bir şablondan yeniden oluşturun.</translation>
    </message>
    <message>
        <source>Layout "%1": %2</source>
        <translation>"%1" sayfa düzeni: %2</translation>
    </message>
    <message>
        <source>A layout needs a name.</source>
        <translation>Sayfa düzeninin bir adı olmalı.</translation>
    </message>
    <message>
        <source>There is already a layout named "%1".</source>
        <translation>"%1" adlı bir sayfa düzeni zaten var.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Cannot restore a layout that was never saved.</source>
        <translation>Hiç kaydedilmemiş bir sayfa düzeni geri getirilemez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>GEİSEP Workbench</source>
        <translation>GEİSEP Workbench</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>PaperPrint</name>
    <message>
        <source>There are no such pages to print.</source>
        <translation>Yazdırılacak böyle sayfalar yok.</translation>
    </message>
    <message>
        <source>The printer "%1" cannot be used.</source>
        <translation>"%1" yazıcısı kullanılamıyor.</translation>
    </message>
    <message>
        <source>Check that it is on and set up, or print to PDF.</source>
        <translation>Açık ve kurulu olduğunu denetleyin ya da PDF'ye yazdırın.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message numerus="yes">
        <source>The printer stopped after %n page(s).</source>
        <translation>
            <numerusform>Yazıcı %n sayfadan sonra durdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not take the pages.</source>
        <translation>Yazıcı sayfaları almadı.</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Cannot read the plan.</source>
        <translation>Plan okunamıyor.</translation>
    </message>
    <message>
        <source>(a person; name withheld)</source>
        <translation>(bir kişi; adı gizlendi)</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The plan has no %1 with id %2.</source>
        <translation>Planda %2 kimlikli %1 yok.</translation>
    </message>
    <message>
        <source>The plan has no action with id %1.</source>
        <translation>Planda %1 kimlikli eylem yok.</translation>
    </message>
    <message>
        <source>Sectors are fixed; add goals under them.</source>
        <translation>Sektörler sabittir; hedefleri onların altına ekleyin.</translation>
    </message>
    <message>
        <source>A plan item needs a Turkish title.</source>
        <translation>Plan öğesinin Türkçe bir başlığı olmalıdır.</translation>
    </message>
    <message>
        <source>Type the title in Turkish; the English one may stay empty.</source>
        <translation>Başlığı Türkçe yazın; İngilizcesi boş kalabilir.</translation>
    </message>
    <message>
        <source>The action ends (%1) before it starts (%2).</source>
        <translation>Eylem başlamadan (%2) bitiyor (%1).</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Bütçe eksi olamaz.</translation>
    </message>
    <message>
        <source>The method step is 1 to 5.</source>
        <translation>Yöntem adımı 1 ile 5 arasındadır.</translation>
    </message>
    <message>
        <source>Link areas to a goal, an objective or an action, not to a sector.</source>
        <translation>Alanları sektöre değil; bir hedefe, amaca veya eyleme bağlayın.</translation>
    </message>
    <message>
        <source>The priority "%1" is not one of high, medium, low.</source>
        <translation>"%1" önceliği high, medium, low değerlerinden biri değil.</translation>
    </message>
    <message>
        <source>An indicator belongs to an objective or an action.</source>
        <translation>Bir gösterge bir amaca ya da bir eyleme aittir.</translation>
    </message>
    <message>
        <source>An indicator needs a Turkish name.</source>
        <translation>Göstergenin Türkçe bir adı olmalı.</translation>
    </message>
    <message>
        <source>An indicator's direction is up or down.</source>
        <translation>Göstergenin yönü artış ya da azalıştır.</translation>
    </message>
    <message>
        <source>The plan has no indicator with id %1.</source>
        <translation>Planda %1 kimlikli gösterge yok.</translation>
    </message>
    <message>
        <source>A value is a baseline, a target or an actual value.</source>
        <translation>Bir değer başlangıç, hedef ya da gerçekleşen değerdir.</translation>
    </message>
    <message>
        <source>The year %1 is not a plausible period.</source>
        <translation>%1 yılı makul bir dönem değil.</translation>
    </message>
    <message>
        <source>A baseline, a target and an actual value are needed.</source>
        <translation>Başlangıç, hedef ve gerçekleşen değer gerekir.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of stakeholder.</source>
        <translation>"%1" bir paydaş türü değil.</translation>
    </message>
    <message>
        <source>A stakeholder needs a name.</source>
        <translation>Paydaşın bir adı olmalı.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>The register has no stakeholder with id %1.</source>
        <translation>Kayıtta %1 kimlikli paydaş yok.</translation>
    </message>
    <message>
        <source>This stakeholder is named in the actions %1. Choose someone else there first.</source>
        <translation>Bu paydaş %1 eylemlerinde geçiyor. Önce oralarda başka birini seçin.</translation>
    </message>
</context>
<context>
    <name>Pressure</name>
    <message>
        <source>Balanced (all components equal)</source>
        <translation>Dengeli (tüm bileşenler eşit)</translation>
    </message>
    <message>
        <source>Migration first (share, per 1,000, growth)</source>
        <translation>Önce göç (oran, binde, artış)</translation>
    </message>
    <message>
        <source>Services first (coverage deficit)</source>
        <translation>Önce hizmetler (kapsama açığı)</translation>
    </message>
    <message>
        <source>Own weights</source>
        <translation>Kendi ağırlıklarım</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Çok düşük</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Çok yüksek</translation>
    </message>
    <message>
        <source>Class %1 of %2</source>
        <translation>%2 sınıftan %1.</translation>
    </message>
    <message>
        <source>A weight must be 0 or more.</source>
        <translation>Ağırlık 0 ya da daha büyük olmalı.</translation>
    </message>
    <message>
        <source>At least one weight must be above 0.</source>
        <translation>En az bir ağırlık 0'dan büyük olmalı.</translation>
    </message>
    <message>
        <source>The layer "%1" needs population and migrant population figures.</source>
        <translation>"%1" katmanı için nüfus ve göçmen nüfusu rakamları gerekiyor.</translation>
    </message>
    <message>
        <source>The layer "%1" has no migrant figures for %2.</source>
        <translation>"%1" katmanında %2 için göçmen rakamı yok.</translation>
    </message>
    <message>
        <source>Population of %1 stands in for %2.</source>
        <translation>%2 yerine %1 nüfusu kullanıldı.</translation>
    </message>
    <message>
        <source>Growth is left out: one period of migrant figures.</source>
        <translation>Artış hesaba katılmadı: göçmen rakamları tek dönemlik.</translation>
    </message>
    <message>
        <source>The coverage deficit is left out: no coverage run on this layer.</source>
        <translation>Kapsama açığı hesaba katılmadı: bu katmanda kapsama çalışması yok.</translation>
    </message>
    <message>
        <source>Join them first.</source>
        <translation>Önce bunları birleştirin.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The project has no layout "%1".</source>
        <translation>Projede "%1" adlı sayfa düzeni yok.</translation>
    </message>
    <message>
        <source>Layouts: %1.</source>
        <translation>Sayfa düzenleri: %1.</translation>
    </message>
    <message>
        <source>An atlas needs a layer of areas, and the project has none.</source>
        <translation>Atlas için bir alan katmanı gerekir; projede hiç alan katmanı yok.</translation>
    </message>
    <message>
        <source>Import the mahalle boundaries first.</source>
        <translation>Önce mahalle sınırlarını içe aktarın.</translation>
    </message>
    <message>
        <source>The project has no area layer "%1" to make an atlas of.</source>
        <translation>Projede atlası yapılacak "%1" adlı bir alan katmanı yok.</translation>
    </message>
    <message>
        <source>Area layers: %1.</source>
        <translation>Alan katmanları: %1.</translation>
    </message>
    <message>
        <source>The layer "%1" has no areas to print.</source>
        <translation>"%1" katmanında yazdırılacak alan yok.</translation>
    </message>
    <message>
        <source>Atlas filter "%1": %2</source>
        <translation>Atlas süzgeci "%1": %2</translation>
    </message>
    <message>
        <source>The top %1 by migration pressure needs a migration pressure run on "%2".</source>
        <translation>Göç baskısına göre ilk %1 alan için "%2" katmanında bir göç baskısı çalışması gerekir.</translation>
    </message>
    <message>
        <source>No area of "%1" is left to print: %2.</source>
        <translation>"%1" katmanında yazdırılacak alan kalmadı: %2.</translation>
    </message>
    <message>
        <source>Loosen the filter, or choose other areas.</source>
        <translation>Süzgeci gevşetin ya da başka alanlar seçin.</translation>
    </message>
    <message>
        <source>Cannot write "%1".</source>
        <translation>"%1" yazılamıyor.</translation>
    </message>
    <message>
        <source>Cannot make the folder "%1".</source>
        <translation>"%1" klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Klasörün var olduğunu ve klasöre yazılabildiğini denetleyin.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>A page of %1 × %2 pixels does not fit in memory.</source>
        <translation>%1 × %2 piksellik bir sayfa belleğe sığmıyor.</translation>
    </message>
    <message>
        <source>Choose a lower resolution.</source>
        <translation>Daha düşük bir çözünürlük seçin.</translation>
    </message>
    <message>
        <source>Run the migration pressure analysis first.</source>
        <translation>Önce göç baskısı analizini çalıştırın.</translation>
    </message>
    <message>
        <source>The project has no layer of areas yet: import the mahalle boundaries first.</source>
        <translation>Projede henüz alan katmanı yok: önce mahalle sınırlarını içe aktarın.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The privacy threshold cannot be below %1: counts of fewer people than that would show in print.</source>
        <translation>Gizlilik eşiği %1 altında olamaz: %1 kişiden az olan sayılar çıktılarda görünürdü.</translation>
    </message>
    <message>
        <source>Choose %1 or more; 10 is the default.</source>
        <translation>%1 ya da daha büyük bir değer seçin; varsayılan değer 10.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>The target and the latest value must come after the baseline year.</source>
        <translation>Hedef yılı ve son değerin yılı başlangıç yılından sonra olmalıdır.</translation>
    </message>
    <message>
        <source>The target equals the baseline.</source>
        <translation>Hedef değer başlangıç değerine eşit.</translation>
    </message>
    <message>
        <source>Target achieved</source>
        <translation>Hedefe ulaşıldı</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Yolunda</translation>
    </message>
    <message>
        <source>Needs acceleration</source>
        <translation>Hızlanması gerekiyor</translation>
    </message>
    <message>
        <source>Limited progress</source>
        <translation>Sınırlı ilerleme</translation>
    </message>
    <message>
        <source>Moving away</source>
        <translation>Hedeften uzaklaşıyor</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Değerlendirilmedi</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>doğrusal</translation>
    </message>
    <message>
        <source>growth rate</source>
        <translation>büyüme hızı</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The file already exists.</source>
        <translation>Dosya zaten var.</translation>
    </message>
    <message>
        <source>Choose another name, or open the existing project.</source>
        <translation>Başka bir ad seçin ya da mevcut projeyi açın.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Projenin bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>--name ile bir ad verin.</translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation>Dosya oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Klasörün var olduğunu ve bu klasöre yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Cannot move the new project into place.</source>
        <translation>Yeni proje hedef konumuna taşınamıyor.</translation>
    </message>
    <message>
        <source>Check that you may write to the folder.</source>
        <translation>Klasöre yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>Proje dosyası bulunamadı.</translation>
    </message>
    <message>
        <source>Check the path, or create a project with "geisep-cli new".</source>
        <translation>Dosya yolunu denetleyin ya da "geisep-cli new" ile bir proje oluşturun.</translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation>Bu bir proje dosyası değil, bir klasör.</translation>
    </message>
    <message>
        <source>Choose the .gpkg file inside it.</source>
        <translation>Klasörün içindeki .gpkg dosyasını seçin.</translation>
    </message>
    <message>
        <source>This is not a GeoPackage project: the file is not an SQLite database.</source>
        <translation>Bu bir GeoPackage projesi değil: dosya bir SQLite veritabanı değil.</translation>
    </message>
    <message>
        <source>Another program (process %1) has this project open for editing, so it is opened read-only. Close it there to edit here.</source>
        <translation>Bu proje başka bir programda (süreç %1) düzenleme için açık, bu nedenle salt okunur açıldı. Burada düzenlemek için projeyi orada kapatın.</translation>
    </message>
    <message>
        <source>Another program has this project open for editing, so it is opened read-only. Close it there to edit here.</source>
        <translation>Bu proje başka bir programda düzenleme için açık, bu nedenle salt okunur açıldı. Burada düzenlemek için projeyi orada kapatın.</translation>
    </message>
    <message>
        <source>The folder of this project cannot be written to, so it is opened read-only. Copy it to a folder of yours to edit it.</source>
        <translation>Bu projenin klasörüne yazılamıyor, bu nedenle proje salt okunur açıldı. Düzenlemek için projeyi kendi klasörlerinizden birine kopyalayın.</translation>
    </message>
    <message>
        <source>The file is write-protected, so it is opened read-only.</source>
        <translation>Dosya yazmaya karşı korumalı, bu nedenle salt okunur açıldı.</translation>
    </message>
    <message>
        <source>Opened read-only, as asked.</source>
        <translation>İstendiği gibi salt okunur açıldı.</translation>
    </message>
    <message>
        <source>This SQLite file is not a GeoPackage.</source>
        <translation>Bu SQLite dosyası bir GeoPackage değil.</translation>
    </message>
    <message>
        <source>Open a .gpkg project made by GEİSEP Workbench.</source>
        <translation>GEİSEP Workbench ile oluşturulmuş bir .gpkg projesi açın.</translation>
    </message>
    <message>
        <source>This GeoPackage is not a GEİSEP project: it has no plan tables.</source>
        <translation>Bu GeoPackage bir GEİSEP projesi değil: plan tabloları yok.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of GEİSEP Workbench (schema version %1); this program reads schema versions up to %2.</source>
        <translation>Bu proje GEİSEP Workbench'in daha yeni bir sürümüyle kaydedilmiş (şema sürümü %1); bu program en fazla şema sürümü %2 olan projeleri okuyabilir.</translation>
    </message>
    <message>
        <source>Update GEİSEP Workbench to open it. The file was not changed.</source>
        <translation>Projeyi açmak için GEİSEP Workbench'i güncelleyin. Dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>Cannot make the backup copy before upgrading: %1</source>
        <translation>Yükseltmeden önce yedek kopya oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>Free some disk space or check the folder's permissions.</source>
        <translation>Diskte yer açın ya da klasörün izinlerini denetleyin.</translation>
    </message>
    <message>
        <source>Upgrading the project from schema version %1 failed: %2</source>
        <translation>Şema sürümü %1 olan proje yükseltilemedi: %2</translation>
    </message>
    <message>
        <source>The file was not changed; a copy is at %1.</source>
        <translation>Dosya değiştirilmedi; bir kopyası şurada: %1.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Proje salt okunur açık.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>It has schema version %1 and will be upgraded to version %2 when opened for editing.</source>
        <translation>Şema sürümü %1; düzenleme için açıldığında %2 sürümüne yükseltilecek.</translation>
    </message>
    <message>
        <source>The project has no layer with id %1.</source>
        <translation>Projede %1 kimlikli katman yok.</translation>
    </message>
    <message>
        <source>Reload the project; another program may have changed it.</source>
        <translation>Projeyi yeniden açın; başka bir program değiştirmiş olabilir.</translation>
    </message>
    <message>
        <source>A layer needs a name.</source>
        <translation>Katmanın bir adı olmalı.</translation>
    </message>
    <message>
        <source>Type a name for the layer.</source>
        <translation>Katman için bir ad yazın.</translation>
    </message>
    <message>
        <source>Open a .gpkg file made by GEİSEP Workbench. To bring in a shapefile, GeoJSON or other data, create a project and import it.</source>
        <translation>GEİSEP Workbench ile oluşturulmuş bir .gpkg dosyası açın. Shapefile, GeoJSON ya da başka bir veriyi almak için bir proje oluşturup içe aktarın.</translation>
    </message>
    <message>
        <source>Create a new project and import this file's layers into it.</source>
        <translation>Yeni bir proje oluşturun ve bu dosyanın katmanlarını ona aktarın.</translation>
    </message>
    <message>
        <source>The file is damaged (%1), so it is opened read-only and nothing is written to it. Save a copy of what can still be read under another name, or go back to a backup; geisep-cli validate lists the damage.</source>
        <translation>Dosya hasarlı (%1); bu yüzden salt okunur açıldı ve ona hiçbir şey yazılmıyor. Okunabilenin bir kopyasını başka bir adla kaydedin ya da bir yedeğe dönün; hasarı geisep-cli validate listeler.</translation>
    </message>
    <message>
        <source>The copy cannot be created: %1.</source>
        <translation>Kopya oluşturulamıyor: %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Yazma izniniz olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>The copy could not be given its name.</source>
        <translation>Kopyaya adı verilemedi.</translation>
    </message>
    <message>
        <source>Check that no other file of that name appeared, and try again.</source>
        <translation>Bu adda başka bir dosya oluşmadığını denetleyip yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Dosya bulunamadı.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Dosya yolunu denetleyin.</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite bütünlüğü: %1</translation>
    </message>
    <message>
        <source>The application id is not "GPKG".</source>
        <translation>Uygulama kimliği (application_id) "GPKG" değil.</translation>
    </message>
    <message>
        <source>The GeoPackage version (user_version) is below 1.2.</source>
        <translation>GeoPackage sürümü (user_version) 1.2'den düşük.</translation>
    </message>
    <message>
        <source>The required table %1 is missing.</source>
        <translation>Gerekli %1 tablosu eksik.</translation>
    </message>
    <message>
        <source>gpkg_spatial_ref_sys lacks the required row for srs_id %1.</source>
        <translation>gpkg_spatial_ref_sys tablosunda srs_id %1 için gerekli satır yok.</translation>
    </message>
    <message>
        <source>gpkg_contents lists the table %1, which does not exist.</source>
        <translation>gpkg_contents, var olmayan %1 tablosunu listeliyor.</translation>
    </message>
    <message>
        <source>The layer %1 has no row in gpkg_geometry_columns.</source>
        <translation>%1 katmanının gpkg_geometry_columns içinde satırı yok.</translation>
    </message>
    <message>
        <source>The layer %1 uses srs_id %2, which gpkg_spatial_ref_sys does not hold.</source>
        <translation>%1 katmanı, gpkg_spatial_ref_sys içinde bulunmayan srs_id %2 değerini kullanıyor.</translation>
    </message>
    <message>
        <source>The spatial index of %1 has %2 entries for %3 geometries.</source>
        <translation>%1 tablosunun mekânsal indeksinde %3 geometriye karşılık %2 kayıt var.</translation>
    </message>
    <message>
        <source>geisep_meta or its schema_version is missing: this is not a GEİSEP project.</source>
        <translation>geisep_meta tablosu ya da schema_version değeri eksik: bu bir GEİSEP projesi değil.</translation>
    </message>
    <message>
        <source>The schema version %1 is newer than this program's (%2); only the parts it knows were checked.</source>
        <translation>Şema sürümü %1, bu programın desteklediği sürümden (%2) daha yeni; yalnızca programın tanıdığı bölümler denetlendi.</translation>
    </message>
    <message>
        <source>The plan table %1 is missing.</source>
        <translation>%1 plan tablosu eksik.</translation>
    </message>
    <message>
        <source>The plan table %1 is not registered in gpkg_contents.</source>
        <translation>%1 plan tablosu gpkg_contents içinde kayıtlı değil.</translation>
    </message>
    <message>
        <source>The project's CRS (geisep_meta srs_id) is not in gpkg_spatial_ref_sys.</source>
        <translation>Projenin koordinat referans sistemi (geisep_meta srs_id) gpkg_spatial_ref_sys içinde yok.</translation>
    </message>
    <message>
        <source>The layer "%1" points at the table %2, which is missing.</source>
        <translation>"%1" katmanı, var olmayan %2 tablosunu gösteriyor.</translation>
    </message>
    <message>
        <source>%1 areas point at features missing from %2.</source>
        <translation>%1 alan, %2 tablosunda bulunmayan objelere başvuruyor.</translation>
    </message>
    <message>
        <source>The layer %1 cannot be read: %2</source>
        <translation>%1 katmanı okunamıyor: %2</translation>
    </message>
    <message>
        <source>The layer %1 has %2 geometries that are not GeoPackage geometry blobs (the first is feature %3).</source>
        <translation>%1 katmanında GeoPackage geometrisi olmayan %2 geometri var (ilki %3. nesne).</translation>
    </message>
    <message>
        <source>The layer %1 has %2 geometries that cannot be read, cut short or nested too deep (the first is feature %3).</source>
        <translation>%1 katmanında okunamayan, yarıda kesilmiş ya da çok derin iç içe %2 geometri var (ilki %3. nesne).</translation>
    </message>
    <message>
        <source>The layer %1 has %2 geometries in another CRS than its column's (srs_id %3).</source>
        <translation>%1 katmanında sütununun koordinat sisteminden (srs_id %3) başka bir sistemde %2 geometri var.</translation>
    </message>
    <message>
        <source>The layer %1 is declared %2 but holds %3.</source>
        <translation>%1 katmanı %2 olarak tanımlı, ama içinde %3 var.</translation>
    </message>
    <message>
        <source>The layer %1 has no spatial index (%2 is missing).</source>
        <translation>%1 katmanının mekânsal dizini yok (%2 eksik).</translation>
    </message>
    <message>
        <source>The spatial index of %1 is not declared in gpkg_extensions.</source>
        <translation>%1 katmanının mekânsal dizini gpkg_extensions içinde tanımlı değil.</translation>
    </message>
    <message>
        <source>The spatial index of %1 lacks its triggers %2: edits would not reach it.</source>
        <translation>%1 katmanının mekânsal dizininde %2 tetikleyicileri eksik: düzenlemeler dizine yansımaz.</translation>
    </message>
    <message>
        <source>The layout "%1" is damaged: its definition is not JSON.</source>
        <translation>"%1" sayfa düzeni hasarlı: tanımı JSON değil.</translation>
    </message>
    <message>
        <source>The layout "%1" cannot be read: %2</source>
        <translation>"%1" sayfa düzeni okunamıyor: %2</translation>
    </message>
    <message>
        <source>The layout "%1" has an item ("%2") far outside its page; it is drawn within the page.</source>
        <translation>"%1" sayfa düzeninde sayfasının çok dışında bir öğe ("%2") var; sayfanın içinde çizilir.</translation>
    </message>
    <message>
        <source>The atlas filter of the layout "%1" cannot be used: %2</source>
        <translation>"%1" sayfa düzeninin atlas süzgeci kullanılamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 refer to rows of %2 that do not exist (rows %3).</source>
        <translation>
            <numerusform>%1 tablosunun %n satırı %2 tablosunda olmayan satırlara başvuruyor (satırlar %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The layouts cannot be read: %1</source>
        <translation>Sayfa düzenleri okunamıyor: %1</translation>
    </message>
    <message>
        <source>The styles cannot be read: %1</source>
        <translation>Stiller okunamıyor: %1</translation>
    </message>
    <message>
        <source>Part of the file cannot be read: %1</source>
        <translation>Dosyanın bir kısmı okunamıyor: %1</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>JSON değil</translation>
    </message>
    <message>
        <source>its kind is unknown</source>
        <translation>türü bilinmiyor</translation>
    </message>
    <message>
        <source>its number of classes is not 1 to 9</source>
        <translation>sınıf sayısı 1 ile 9 arasında değil</translation>
    </message>
    <message>
        <source>its categories are not a list of values and colours</source>
        <translation>kategorileri bir değer ve renk listesi değil</translation>
    </message>
    <message>
        <source>The style of the layer "%1" is damaged (%2); the map draws the layer plainly.</source>
        <translation>"%1" katmanının stili hasarlı (%2); harita katmanı düz çiziyor.</translation>
    </message>
    <message>
        <source>Analysis run %1 is damaged: its %2 cannot be read.</source>
        <translation>%1. analiz çalışması hasarlı: %2 okunamıyor.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parametreleri</translation>
    </message>
    <message>
        <source>input layers</source>
        <translation>girdi katmanları</translation>
    </message>
    <message>
        <source>The layout "%1" is damaged: it has no list of items.</source>
        <translation>"%1" sayfa düzeni hasarlı: öğe listesi yok.</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Share of ages 6–17; about 18 % in Türkiye (TÜİK ADNKS), higher in the south-east: set your province's share</source>
        <translation>6–17 yaş grubunun payı; Türkiye'de yaklaşık %18 (TÜİK ADNKS), güneydoğuda daha yüksek: ilinizin oranını girin</translation>
    </message>
    <message>
        <source>Plan Yapımına Ait Esaslara Dair Yönetmelik, Ek-1 (2011): kreş + anaokulu 1, ilköğretim 4, ortaöğretim 3 m² per person</source>
        <translation>Plan Yapımına Ait Esaslara Dair Yönetmelik, Ek-1 (2011): kişi başına kreş + anaokulu 1, ilköğretim 4, ortaöğretim 3 m²</translation>
    </message>
    <message>
        <source>Same table: health facility land 2–4 m² per person (4 m² above 100,000 people)</source>
        <translation>Aynı tablo: kişi başına 2–4 m² sağlık tesisi alanı (100.000 kişinin üzerinde 4 m²)</translation>
    </message>
    <message>
        <source>A design value for urban supply; the Sphere emergency minimum is 15 L; use your water utility's figure</source>
        <translation>Kentsel su temini için bir tasarım değeri; Sphere acil durum alt sınırı 15 L; su idarenizin değerini kullanın</translation>
    </message>
    <message>
        <source>Same table: active green space 10 m² per person</source>
        <translation>Aynı tablo: kişi başına 10 m² aktif yeşil alan</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <source>The layer "%1" has no population figures.</source>
        <translation>"%1" katmanında nüfus rakamı yok.</translation>
    </message>
    <message>
        <source>The layer "%1" has no population figures for %2.</source>
        <translation>"%1" katmanında %2 için nüfus rakamı yok.</translation>
    </message>
    <message>
        <source>The horizon year (%1) must come after the base year (%2).</source>
        <translation>Hedef yıl (%1), başlangıç yılından (%2) sonra olmalı.</translation>
    </message>
    <message>
        <source>Give a later year with --horizon.</source>
        <translation>--horizon ile daha ileri bir yıl verin.</translation>
    </message>
    <message>
        <source>A horizon of more than 50 years (%1) is beyond what growth rates can tell.</source>
        <translation>50 yıldan uzun bir ufuk (%1) artış hızlarının söyleyebileceğinin ötesinde.</translation>
    </message>
    <message>
        <source>A per-person standard must be 0 or more.</source>
        <translation>Kişi başı standart 0 ya da daha büyük olmalı.</translation>
    </message>
    <message>
        <source>The school-age share is a fraction of the population (0–1).</source>
        <translation>Okul çağı payı nüfusun bir oranıdır (0–1).</translation>
    </message>
    <message>
        <source>Rates set by the planner.</source>
        <translation>Artış hızlarını planlamacı belirledi.</translation>
    </message>
    <message>
        <source>Medium is the growth observed from %1 to %2 (%3 % a year); low and high one point below and above.</source>
        <translation>Orta senaryo %1–%2 arasında gözlenen artıştır (yıllık %%3); düşük ve yüksek bir puan altında ve üstünde.</translation>
    </message>
    <message>
        <source>One period of population only: 0.5, 1.5 and 3 % a year until you set rates.</source>
        <translation>Nüfus rakamı tek dönemlik: siz belirleyene kadar yıllık %0,5, %1,5 ve %3.</translation>
    </message>
    <message>
        <source>The layer "%1" has no capacity field.</source>
        <translation>"%1" katmanında kapasite alanı yok.</translation>
    </message>
    <message>
        <source>Name the field that holds school places.</source>
        <translation>Okul kapasitesini tutan alanı belirtin.</translation>
    </message>
    <message>
        <source>Join them first.</source>
        <translation>Önce bunları birleştirin.</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>%1 was not published: %2</source>
        <translation>%1 yayımlanamadı: %2</translation>
    </message>
    <message>
        <source>Nothing of this publish was kept on the server. A row another institution wrote can be changed only by it or the governorship.</source>
        <translation>Bu yayımlamadan sunucuda hiçbir şey kalmadı. Başka bir kurumun yazdığı bir satırı yalnızca o kurum ya da valilik değiştirebilir.</translation>
    </message>
    <message>
        <source>The layer %1 has a table name that cannot be read.</source>
        <translation>%1 katmanının tablo adı okunamıyor.</translation>
    </message>
    <message>
        <source>Sector %1</source>
        <translation>%1 sektörü</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was kept on the server.</source>
        <translation>Yayımlama iptal edildi; sunucuda hiçbir şey kalmadı.</translation>
    </message>
    <message>
        <source>A link to an area</source>
        <translation>Bir alan bağlantısı</translation>
    </message>
    <message>
        <source>The figure %1</source>
        <translation>%1 verisi</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of other institutions edited here were not sent: only they and the governorship change them on the server.</source>
        <translation>
            <numerusform>Burada düzenlenen, diğer kurumlara ait %n öğe gönderilmedi: sunucuda onları yalnızca sahipleri ve valilik değiştirebilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed here were removed from the server.</source>
        <translation>
            <numerusform>Burada silinen %n öğe sunucudan da silindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed here stay on the server: other institutions' items or links hang on them.</source>
        <translation>
            <numerusform>Burada silinen %n öğe sunucuda kalıyor: altlarında diğer kurumların öğeleri ya da bağlantıları var.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Puller</name>
    <message>
        <source>Pulling was cancelled; the project is as it was.</source>
        <translation>Çekme iptal edildi; proje olduğu gibi kaldı.</translation>
    </message>
    <message>
        <source>There is no open conflict on this row; pull again to see what the server holds.</source>
        <translation>Bu satırda açık bir çakışma yok; sunucuda ne olduğunu görmek için yeniden çekin.</translation>
    </message>
    <message>
        <source>An edited resolution needs the edited item.</source>
        <translation>Düzenleyerek çözüm için düzenlenmiş öğe gerekir.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title (Turkish)</source>
        <translation>Başlık (Türkçe)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Başlık (İngilizce)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansman</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Method step</source>
        <translation>Yöntem adımı</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) their institutions removed were removed here too.</source>
        <translation>
            <numerusform>Kurumlarının sildiği %n öğe burada da silindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) their institutions removed stay here: edited here, or the project's own items, indicators or links hang on them.</source>
        <translation>
            <numerusform>Kurumlarının sildiği %n öğe burada kalıyor: burada düzenlenmiş ya da altlarında projenin kendi öğeleri, göstergeleri veya bağlantıları var.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Klasör</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Sürücü</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>RasterSource</name>
    <message>
        <source>The file holds %1 rasters: %2.</source>
        <translation>Dosyada %1 raster var: %2.</translation>
    </message>
    <message>
        <source>Choose one by its full name, e.g. %1.</source>
        <translation>Birini tam adıyla seçin, örneğin %1.</translation>
    </message>
    <message>
        <source>This file is not a raster GDAL can read (GeoTIFF, MBTiles, GeoPackage tiles): %1</source>
        <translation>Bu dosya GDAL'ın okuyabildiği bir raster değil (GeoTIFF, MBTiles, GeoPackage karoları): %1</translation>
    </message>
    <message>
        <source>Check that the file is complete and is an image map.</source>
        <translation>Dosyanın eksiksiz olduğunu ve bir görüntü harita olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>The raster has no georeferencing, so it cannot be placed on the map.</source>
        <translation>Rasterin coğrafi konumlandırması yok; haritaya yerleştirilemez.</translation>
    </message>
    <message>
        <source>Georeference it first (for instance in QGIS) and save it as a GeoTIFF.</source>
        <translation>Önce coğrafi olarak konumlandırın (örneğin QGIS'te) ve GeoTIFF olarak kaydedin.</translation>
    </message>
    <message>
        <source>The raster has no coordinate reference system.</source>
        <translation>Rasterin koordinat referans sistemi yok.</translation>
    </message>
    <message>
        <source>Assign its CRS (e.g. with gdal_edit.py -a_srs EPSG:5256) and add it again.</source>
        <translation>KRS'sini atayın (örneğin gdal_edit.py -a_srs EPSG:5256 ile) ve yeniden ekleyin.</translation>
    </message>
    <message>
        <source>The project's CRS cannot be read.</source>
        <translation>Projenin KRS'si okunamıyor.</translation>
    </message>
    <message>
        <source>The raster's CRS (%1) cannot be transformed to the project's.</source>
        <translation>Rasterin KRS'si (%1) projenin KRS'sine dönüştürülemiyor.</translation>
    </message>
    <message>
        <source>The raster's extent cannot be transformed to the project's CRS.</source>
        <translation>Rasterin kapsamı projenin KRS'sine dönüştürülemiyor.</translation>
    </message>
    <message>
        <source>Check that the raster covers the project's area.</source>
        <translation>Rasterin projenin alanını kapsadığını denetleyin.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Dosya yok.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Yolu denetleyin.</translation>
    </message>
    <message>
        <source>This kind of file cannot be a basemap.</source>
        <translation>Bu türdeki bir dosya altlık harita olamaz.</translation>
    </message>
    <message>
        <source>Use a GeoTIFF (.tif), MBTiles (.mbtiles), GeoPackage tiles (.gpkg), a VRT of local files (.vrt) or JPEG 2000 (.jp2).</source>
        <translation>GeoTIFF (.tif), MBTiles (.mbtiles), GeoPackage karoları (.gpkg), yerel dosyalardan bir VRT (.vrt) ya da JPEG 2000 (.jp2) kullanın.</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample data file %1 is missing.</source>
        <translation>Örnek veri dosyası %1 eksik.</translation>
    </message>
    <message>
        <source>Sample project: Şahinbey and Şehitkamil</source>
        <translation>Örnek proje: Şahinbey ve Şehitkamil</translation>
    </message>
    <message>
        <source>District boundaries (Gaziantep)</source>
        <translation>İlçe sınırları (Gaziantep)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Mahalle (Şahinbey, Şehitkamil)</source>
        <translation>Mahalleler (Şahinbey, Şehitkamil)</translation>
    </message>
    <message>
        <source>Sample school %1</source>
        <translation>Örnek okul %1</translation>
    </message>
    <message>
        <source>Sample health centre %1</source>
        <translation>Örnek sağlık merkezi %1</translation>
    </message>
    <message>
        <source>Sample water point %1</source>
        <translation>Örnek su noktası %1</translation>
    </message>
    <message>
        <source>Sample transit stop %1</source>
        <translation>Örnek toplu taşıma durağı %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file.</source>
        <translation>Geçici dosya yazılamıyor.</translation>
    </message>
    <message>
        <source>Sample infrastructure (made-up data)</source>
        <translation>Örnek altyapı (uydurma veri)</translation>
    </message>
    <message>
        <source>Example only: not part of a real plan.</source>
        <translation>Yalnızca örnek: gerçek bir planın parçası değildir.</translation>
    </message>
    <message>
        <source>Example: made-up figures, not real data</source>
        <translation>Örnek: uydurma sayılar, gerçek veri değil</translation>
    </message>
    <message>
        <source>Point --data at the folder data/ of the GEİSEP Workbench sources, or restore it there.</source>
        <translation>--data ile GEİSEP Workbench kaynaklarındaki data/ klasörünü gösterin ya da dosyayı oraya geri koyun.</translation>
    </message>
    <message>
        <source>The file already exists.</source>
        <translation>Dosya zaten var.</translation>
    </message>
    <message>
        <source>Remove it first, or choose another name.</source>
        <translation>Önce onu silin ya da başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Cannot move the sample project into place.</source>
        <translation>Örnek proje yerine taşınamadı.</translation>
    </message>
    <message>
        <source>Check that you may write to the folder.</source>
        <translation>Klasöre yazma izniniz olduğunu denetleyin.</translation>
    </message>
</context>
<context>
    <name>SchemaText</name>
    <message>
        <source>The project's schema version "%1" is not a number.</source>
        <translation>Projenin şema sürümü ("%1") bir sayı değil.</translation>
    </message>
    <message>
        <source>The file may have been edited by hand.</source>
        <translation>Dosya elle düzenlenmiş olabilir.</translation>
    </message>
    <message>
        <source>No migration from schema version %1.</source>
        <translation>Şema sürümü %1 için yükseltme yolu yok.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>PostGIS is not installed on the server.</source>
        <translation>Sunucuda PostGIS kurulu değil.</translation>
    </message>
    <message>
        <source>Install it there (Debian: postgresql-15-postgis-3) and run server init again.</source>
        <translation>Sunucuya kurun (Debian: postgresql-15-postgis-3) ve server init komutunu yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>The server's plan has schema version %1; this program knows up to %2.</source>
        <translation>Sunucudaki planın şema sürümü %1; bu program en çok %2 sürümünü tanıyor.</translation>
    </message>
    <message>
        <source>Update GEİSEP Workbench.</source>
        <translation>GEİSEP Workbench'i güncelleyin.</translation>
    </message>
    <message>
        <source>An institution needs a name.</source>
        <translation>Kurumun bir adı olmalı.</translation>
    </message>
    <message>
        <source>The server has no shared plan yet.</source>
        <translation>Sunucuda henüz ortak plan yok.</translation>
    </message>
    <message>
        <source>Run geisep-cli server init first.</source>
        <translation>Önce geisep-cli server init komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>The role %1 already belongs to %2.</source>
        <translation>%1 rolü zaten %2 kurumuna ait.</translation>
    </message>
    <message>
        <source>Choose another role name with --role.</source>
        <translation>--role ile başka bir rol adı seçin.</translation>
    </message>
    <message>
        <source>The server has no shared plan in schema %1 yet.</source>
        <translation>Sunucuda %1 şemasında henüz ortak plan yok.</translation>
    </message>
    <message>
        <source>Ask the governorship to run geisep-cli server init.</source>
        <translation>Valilikten geisep-cli server init komutunu çalıştırmasını isteyin.</translation>
    </message>
    <message>
        <source>The role %1 is no member of the province's planning group.</source>
        <translation>%1 rolü ilin planlama grubunun üyesi değil.</translation>
    </message>
    <message>
        <source>Ask the governorship to add your institution (geisep-cli server add-member) and connect as its role.</source>
        <translation>Valilikten kurumunuzu eklemesini isteyin (geisep-cli server add-member) ve kurumunuzun rolüyle bağlanın.</translation>
    </message>
    <message>
        <source>The shared plan on the server is of version %1; this workbench knows versions up to %2.</source>
        <translation>Sunucudaki ortak plan %1 sürümünde; bu çalışma masası en çok %2 sürümünü tanıyor.</translation>
    </message>
    <message>
        <source>Install the newer GEİSEP Workbench the server was made with.</source>
        <translation>Sunucunun kurulduğu daha yeni GEİSEP Workbench sürümünü kurun.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Dosya yok.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Yolu denetleyin.</translation>
    </message>
    <message>
        <source>This file cannot be read as a workbook (.xlsx or .ods).</source>
        <translation>Bu dosya bir çalışma kitabı (.xlsx veya .ods) olarak okunamıyor.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV.</source>
        <translation>Excel veya LibreOffice ile açıp yeniden .xlsx olarak kaydedin ya da sayfayı CSV olarak kaydedin.</translation>
    </message>
    <message>
        <source>The workbook has no sheet "%1".</source>
        <translation>Çalışma kitabında "%1" adlı sayfa yok.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Çalışma kitabında hiç sayfa yok.</translation>
    </message>
    <message>
        <source>Its sheets: %1.</source>
        <translation>Sayfaları: %1.</translation>
    </message>
    <message>
        <source>%1, sheet "%2"</source>
        <translation>%1, "%2" sayfası</translation>
    </message>
    <message>
        <source>No table with a header row was found in %1.</source>
        <translation>%1 içinde başlık satırı olan bir tablo bulunamadı.</translation>
    </message>
    <message>
        <source>The sheet needs a row of column names with rows of figures under it.</source>
        <translation>Sayfada sütun adlarından oluşan bir satır ve altında sayı satırları olmalı.</translation>
    </message>
    <message>
        <source>a workbook (%1)</source>
        <translation>çalışma kitabı (%1)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 sütunu</translation>
    </message>
</context>
<context>
    <name>SqliteText</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Veritabanı hatası: %1 (sorgu: %2)</translation>
    </message>
    <message>
        <source>Cannot open the file as a database: %1.</source>
        <translation>Dosya veritabanı olarak açılamıyor: %1.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Dosyanın var olduğunu ve okuma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>This is not a GeoPackage or SQLite file, or it is damaged.</source>
        <translation>Bu bir GeoPackage ya da SQLite dosyası değil veya dosya bozuk.</translation>
    </message>
    <message>
        <source>Open a .gpkg project made by GEİSEP Workbench or QGIS.</source>
        <translation>GEİSEP Workbench ya da QGIS ile oluşturulmuş bir .gpkg projesi açın.</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be written, and nothing of it was saved.</source>
        <translation>Disk dolu: değişiklik yazılamadı ve hiçbir parçası kaydedilmedi.</translation>
    </message>
    <message>
        <source>Free some space on the disk (or save the project on another one) and try again. Everything saved before is kept.</source>
        <translation>Diskte yer açın (ya da projeyi başka bir diske kaydedin) ve yeniden deneyin. Daha önce kaydedilen her şey korunur.</translation>
    </message>
    <message>
        <source>The project file cannot be written to (it is write-protected or on a read-only disk); nothing was changed.</source>
        <translation>Proje dosyasına yazılamıyor (yazmaya karşı korumalı ya da salt okunur bir diskte); hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Copy the project to a folder of yours and open the copy.</source>
        <translation>Projeyi kendi klasörlerinizden birine kopyalayıp kopyayı açın.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing (%1); nothing of the change was saved.</source>
        <translation>Disk yazma sırasında bir hata bildirdi (%1); değişikliğin hiçbir parçası kaydedilmedi.</translation>
    </message>
    <message>
        <source>Check the disk (space, cable, network share) and try again. Everything saved before is kept.</source>
        <translation>Diski (boş yer, kablo, ağ paylaşımı) denetleyip yeniden deneyin. Daha önce kaydedilen her şey korunur.</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>UTF-8 (plain ASCII)</source>
        <translation>UTF-8 (yalnızca ASCII)</translation>
    </message>
    <message>
        <source>UTF-8 (valid multi-byte text)</source>
        <translation>UTF-8 (geçerli çok baytlı metin)</translation>
    </message>
    <message>
        <source>CP1254 (%1 Turkish letters in 8-bit form)</source>
        <translation>CP1254 (8 bitlik biçimde %1 Türkçe harf)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (8-bit text without Turkish letters)</source>
        <translation>ISO-8859-1 (Türkçe harf içermeyen 8 bitlik metin)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the workbook.</source>
        <translation>Çalışma kitabı için geçici klasör oluşturulamadı.</translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation>Çalışma kitabı başlatılamadı.</translation>
    </message>
    <message>
        <source>The sheet "%1" could not be added.</source>
        <translation>"%1" sayfası eklenemedi.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1.</source>
        <translation>Çalışma kitabı yazılamadı: %1.</translation>
    </message>
    <message>
        <source>Check that there is room on the disk and try again.</source>
        <translation>Diskte yer olduğunu denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1.</source>
        <translation>Çalışma kitabı geri okunamadı: %1.</translation>
    </message>
</context>
<context>
    <name>geisep::ActionOverviewModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Alanlar</translation>
    </message>
</context>
<context>
    <name>geisep::ActionsOverviewDialog</name>
    <message>
        <source>Actions overview</source>
        <translation>Eylemlere genel bakış</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tüm sektörler</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Her durum</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Her yıl</translation>
    </message>
    <message>
        <source>Mahalle or district…</source>
        <translation>Mahalle ya da ilçe…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Runs in</source>
        <translation>Yürüdüğü yıl</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Her aktör</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s)</source>
        <translation>
            <numerusform>%n eylemden %1 tanesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geisep::AddFieldDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Alan ekle</translation>
    </message>
    <message>
        <source>e.g. Okul sayısı</source>
        <translation>örn. Okul sayısı</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Tam sayı</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Ondalık sayı</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Evet / hayır</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Column in the file:</source>
        <translation>Dosyadaki sütun:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Length (characters):</source>
        <translation>&amp;Uzunluk (karakter):</translation>
    </message>
    <message>
        <source>Use letters or digits in the name.</source>
        <translation>Adda harf ya da rakam kullanın.</translation>
    </message>
    <message>
        <source>fid and geom are taken by the layer itself.</source>
        <translation>fid ve geom katmanın kendi sütunları.</translation>
    </message>
    <message>
        <source>The layer already has the field %1.</source>
        <translation>Katmanda %1 alanı zaten var.</translation>
    </message>
</context>
<context>
    <name>geisep::AnalysisDialog</name>
    <message>
        <source>Areas:</source>
        <translation>Alanlar:</translation>
    </message>
    <message>
        <source>Infrastructure coverage</source>
        <translation>Altyapı kapsaması</translation>
    </message>
    <message>
        <source>Migration pressure</source>
        <translation>Göç baskısı</translation>
    </message>
    <message>
        <source>Population projection and service need</source>
        <translation>Nüfus projeksiyonu ve hizmet ihtiyacı</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Çalıştır</translation>
    </message>
    <message>
        <source>Facilities, networks and coverage polygons</source>
        <translation>Tesisler, şebekeler ve kapsama çokgenleri</translation>
    </message>
    <message>
        <source>%1 within:</source>
        <translation>%1 mesafesi:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Nüfus:</translation>
    </message>
    <message>
        <source>(none: spread evenly over each area)</source>
        <translation>(yok: her alana eşit dağıtılır)</translation>
    </message>
    <message>
        <source>counts in:</source>
        <translation>sayı alanı:</translation>
    </message>
    <message>
        <source>Place people by:</source>
        <translation>Nüfusu dağıt:</translation>
    </message>
    <message>
        <source>Add a layer of uncovered gaps for each service</source>
        <translation>Her hizmet için kapsanmayan boşluklar katmanı ekle</translation>
    </message>
    <message>
        <source>(each feature counts 1)</source>
        <translation>(her nesne 1 sayılır)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Ağırlıklar</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Hazır ayar:</translation>
    </message>
    <message>
        <source>Each component is scaled to 0–1 over the areas (lowest 0, highest 1); the score is their weighted mean × 100. Per 1,000 counts migrants against the host residents; growth is the yearly rate between the two latest periods of migrant figures; the deficit comes from the newest coverage run.</source>
        <translation>Her bileşen alanlar arasında 0–1 aralığına ölçeklenir (en düşük 0, en yüksek 1); puan, bunların ağırlıklı ortalamasının 100 katıdır. Binde oranı göçmenleri ev sahibi nüfusa göre sayar; artış, göçmen rakamlarının son iki dönemi arasındaki yıllık hızdır; açık en yeni kapsama çalışmasından gelir.</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Sınıflar:</translation>
    </message>
    <message>
        <source>List the top:</source>
        <translation>İlk kaç alan listelensin:</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Artış</translation>
    </message>
    <message>
        <source>Horizon year:</source>
        <translation>Hedef yıl:</translation>
    </message>
    <message>
        <source>Set the rates myself (otherwise taken from two observed periods of population)</source>
        <translation>Artış hızlarını kendim belirleyeceğim (yoksa nüfusun gözlenen iki döneminden alınır)</translation>
    </message>
    <message>
        <source>A year:</source>
        <translation>Yıllık:</translation>
    </message>
    <message>
        <source>Per-person standards</source>
        <translation>Kişi başı standartlar</translation>
    </message>
    <message>
        <source>School-age share:</source>
        <translation>Okul çağı payı:</translation>
    </message>
    <message>
        <source>Education land:</source>
        <translation>Eğitim alanı:</translation>
    </message>
    <message>
        <source> m²/person</source>
        <translation> m²/kişi</translation>
    </message>
    <message>
        <source>Health land:</source>
        <translation>Sağlık alanı:</translation>
    </message>
    <message>
        <source>Water:</source>
        <translation>Su:</translation>
    </message>
    <message>
        <source> L/person/day</source>
        <translation> L/kişi/gün</translation>
    </message>
    <message>
        <source>Active green space:</source>
        <translation>Aktif yeşil alan:</translation>
    </message>
    <message>
        <source>Schools with places:</source>
        <translation>Kapasiteli okullar:</translation>
    </message>
    <message>
        <source>There is no layer of areas: import mahalle boundaries first.</source>
        <translation>Alan katmanı yok: önce mahalle sınırlarını içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>Computing coverage of %n area(s)…</source>
        <translation>
            <numerusform>%n alanın kapsaması hesaplanıyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was added to the project.</source>
        <translation>İptal edildi: projeye hiçbir şey eklenmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 stored: %n row(s); %2 gap layer(s) added.</source>
        <translation>
            <numerusform>Çalışma %1 kaydedildi: %n satır; %2 boşluk katmanı eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 stored: %2 areas ranked.</source>
        <translation>Çalışma %1 kaydedildi: %2 alan sıralandı.</translation>
    </message>
    <message>
        <source>Run %1 stored.</source>
        <translation>Çalışma %1 kaydedildi.</translation>
    </message>
    <message>
        <source>Run the analysis first.</source>
        <translation>Önce analizi çalıştırın.</translation>
    </message>
    <message>
        <source>Save the results table</source>
        <translation>Sonuç tablosunu kaydet</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message numerus="yes">
        <source>They replace %n gap layer(s) of earlier runs.</source>
        <translation>
            <numerusform>Bunlar önceki çalışmaların %n boşluk katmanının yerini alıyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranking %n area(s) by migration pressure…</source>
        <translation>
            <numerusform>%n alan göç baskısına göre sıralanıyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projecting %n area(s) to %1…</source>
        <translation>
            <numerusform>%n alan için %1 yılına projeksiyon yapılıyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV for spreadsheets (*.csv)</source>
        <translation>Excel çalışma kitapları (*.xlsx);;Hesap tabloları için CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>Tabloyu kaydet…</translation>
    </message>
</context>
<context>
    <name>geisep::AnalysisRunsDialog</name>
    <message>
        <source>Analysis runs</source>
        <translation>Analiz çalışmaları</translation>
    </message>
    <message>
        <source>&amp;Remove run</source>
        <translation>Çalışmayı &amp;kaldır</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Çalışmayı kaldır</translation>
    </message>
    <message>
        <source>Remove run %1 with its results and gap layers?</source>
        <translation>Çalışma %1 sonuçları ve boşluk katmanlarıyla birlikte kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalışma</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analiz</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Gap layers</source>
        <translation>Boşluk katmanları</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametreler</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
</context>
<context>
    <name>geisep::AreaInspector</name>
    <message>
        <source>Click an area on the map to see its name, district, muhtar, population and linked goals.</source>
        <translation>Adını, ilçesini, muhtarını, nüfusunu ve bağlı hedeflerini görmek için haritada bir alana tıklayın.</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>%1. obje</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Mahalle code</source>
        <translation>Mahalle kodu</translation>
    </message>
    <message>
        <source>Mahalle</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Muhtar</source>
        <translation>Muhtar</translation>
    </message>
    <message>
        <source>Plan links</source>
        <translation>Plan bağlantıları</translation>
    </message>
    <message>
        <source>No goal, objective or action is linked to this area yet.</source>
        <translation>Bu alana henüz hedef, amaç veya eylem bağlanmadı.</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>yüksek öncelik</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>düşük öncelik</translation>
    </message>
    <message>
        <source>medium priority</source>
        <translation>orta öncelik</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Öznitelikler</translation>
    </message>
    <message>
        <source>Edit attributes…</source>
        <translation>Öznitelikleri düzenle…</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Kapsama</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>çalışma %1</translation>
    </message>
    <message>
        <source>%1 % of the area</source>
        <translation>alan %%1</translation>
    </message>
    <message>
        <source>, %1 % of the people</source>
        <translation>, nüfus %%1</translation>
    </message>
    <message>
        <source>; nearest %1 m</source>
        <translation>; en yakın tesis %1 m</translation>
    </message>
    <message>
        <source>Migration pressure</source>
        <translation>Göç baskısı</translation>
    </message>
    <message>
        <source>rank %1 of %2, %3</source>
        <translation>%2 alan içinde %1. sıra, %3</translation>
    </message>
    <message>
        <source>%1 people in %2 (medium growth), %3 school places needed</source>
        <translation>%2 yılında %1 kişi (orta artış), %3 okul yeri gerekli</translation>
    </message>
    <message>
        <source>, %1 short</source>
        <translation>, %1 eksik</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projeksiyon</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analizler</translation>
    </message>
</context>
<context>
    <name>geisep::AttributeTableWindow</name>
    <message numerus="yes">
        <source>%n feature(s) shown, %1 selected</source>
        <translation>
            <numerusform>%n nesne gösteriliyor, %1 seçili</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation>Öznitelik tablosu — %1</translation>
    </message>
    <message>
        <source>Filter, e.g. ilçe = Eyyübiye AND nüfus &gt;= 5000 (Enter)</source>
        <translation>Süzgeç, örn. ilçe = Eyyübiye AND nüfus &gt;= 5000 (Enter)</translation>
    </message>
    <message>
        <source>Only selected</source>
        <translation>Yalnız seçililer</translation>
    </message>
    <message>
        <source>Remove a field</source>
        <translation>Alan kaldır</translation>
    </message>
    <message>
        <source>The field to remove, with its values (Undo brings it back):</source>
        <translation>Değerleriyle birlikte kaldırılacak alan (Geri al onu geri getirir):</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Alan ekle…</translation>
    </message>
    <message>
        <source>Remove field…</source>
        <translation>Alanı kaldır…</translation>
    </message>
    <message>
        <source>Calculate field…</source>
        <translation>Alan hesapla…</translation>
    </message>
    <message>
        <source>Set a field of all or the selected features to a value or an expression of other fields</source>
        <translation>Tüm ya da seçili objelerin bir alanını bir değere ya da başka alanlardan bir ifadeye ayarla</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel'e aktar…</translation>
    </message>
    <message>
        <source>The rows shown, as an Excel workbook (.xlsx)</source>
        <translation>Gösterilen satırlar, Excel çalışma kitabı (.xlsx) olarak</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n satır %1 dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel'e aktar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>geisep::ChartsPanel</name>
    <message>
        <source>Open a project to see its charts.</source>
        <translation>Grafiklerini görmek için bir proje açın.</translation>
    </message>
    <message>
        <source>Import mahalle boundaries first.</source>
        <translation>Önce mahalle sınırlarını içe aktarın.</translation>
    </message>
    <message>
        <source>The plan has no indicators yet (Plan ▸ Göstergeler).</source>
        <translation>Planda henüz gösterge yok (Plan ▸ Göstergeler).</translation>
    </message>
    <message>
        <source>Values of the area chosen on the map.</source>
        <translation>Haritada seçilen alanın değerleri.</translation>
    </message>
    <message>
        <source>No values to draw yet.</source>
        <translation>Çizilecek değer henüz yok.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as PNG.</source>
        <translation>Grafik PNG olarak çizilemedi.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Grafiği kaydet</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG resimleri (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG resimleri (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>Migrants' share by district</source>
        <translation>İlçelere göre göçmen oranı</translation>
    </message>
    <message>
        <source>An indicator over the years</source>
        <translation>Bir göstergenin yıllara göre seyri</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG olarak kaydet…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG olarak kaydet…</translation>
    </message>
    <message>
        <source>Migration pressure: the ten highest areas</source>
        <translation>Göç baskısı: en yüksek on alan</translation>
    </message>
    <message>
        <source>Population within reach of each service</source>
        <translation>Hizmetlere erişebilen nüfus</translation>
    </message>
    <message>
        <source>Population projection</source>
        <translation>Nüfus projeksiyonu</translation>
    </message>
</context>
<context>
    <name>geisep::EditingTools</name>
    <message>
        <source>New layer</source>
        <translation>Yeni katman</translation>
    </message>
    <message>
        <source>Migrant settlement areas</source>
        <translation>Göçmen yerleşim alanları</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Tutar:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Alanlar:</translation>
    </message>
    <message>
        <source>Areas (polygons)</source>
        <translation>Alanlar (poligonlar)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Noktalar</translation>
    </message>
    <message>
        <source>Lines (networks)</source>
        <translation>Çizgiler (ağlar)</translation>
    </message>
    <message>
        <source>&amp;New layer…</source>
        <translation>&amp;Yeni katman…</translation>
    </message>
    <message>
        <source>An empty layer to draw into: migrant settlement areas, facilities, networks</source>
        <translation>İçine çizim yapılacak boş bir katman: göçmen yerleşim alanları, tesisler, ağlar</translation>
    </message>
    <message>
        <source>Add &amp;polygon</source>
        <translation>&amp;Poligon ekle</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Çi&amp;zgi ekle</translation>
    </message>
    <message>
        <source>Add p&amp;oint</source>
        <translation>N&amp;okta ekle</translation>
    </message>
    <message>
        <source>%1 to "%2": click the corners; Backspace takes the last back, Esc drops it, Enter or a double click finishes</source>
        <translation>"%2" katmanına %1: köşelere tıklayın; Geri silme sonuncuyu geri alır, Esc vazgeçer, Enter veya çift tıklama bitirir</translation>
    </message>
    <message>
        <source>Choose a layer in the layers panel to draw into</source>
        <translation>Çizim yapmak için katmanlar panelinde bir katman seçin</translation>
    </message>
    <message>
        <source>&amp;Delete selected features</source>
        <translation>Seçili objeleri &amp;sil</translation>
    </message>
    <message>
        <source>Deletes the features selected on the map from the current layer; Undo brings them back</source>
        <translation>Haritada seçili objeleri geçerli katmandan siler; Geri al onları geri getirir</translation>
    </message>
    <message>
        <source>An area needs at least three corners.</source>
        <translation>Bir alanın en az üç köşesi olmalı.</translation>
    </message>
    <message>
        <source>A line needs at least two points.</source>
        <translation>Bir çizginin en az iki noktası olmalı.</translation>
    </message>
    <message>
        <source>The shape is not valid</source>
        <translation>Şekil geçerli değil</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Onar</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Yeniden çiz</translation>
    </message>
    <message>
        <source>Added feature %1 to "%2".</source>
        <translation>%1 numaralı obje "%2" katmanına eklendi.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feature(s) from "%1"</source>
        <translation>
            <numerusform>"%1" katmanından %n obje silindi</numerusform>
        </translation>
    </message>
    <message>
        <source>with %1 plan links and %2 figures</source>
        <translation>(%1 plan bağlantısı ve %2 sayısal veriyle birlikte)</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Düzen ▸ Geri al onları geri getirir.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Açık bir proje yok.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Bu sütun düzenlenemez.</translation>
    </message>
    <message>
        <source>Made the layer "%1"; draw into it with %2.</source>
        <translation>"%1" katmanı oluşturuldu; içine "%2" ile çizin.</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>&amp;Yakalama</translation>
    </message>
    <message>
        <source>While drawing, a click near a corner or an edge of a visible layer lands exactly on it (S)</source>
        <translation>Çizerken görünür bir katmanın köşesine veya kenarına yakın bir tıklama tam üzerine düşer (S)</translation>
    </message>
    <message>
        <source>Delete areas</source>
        <translation>Alanları sil</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of "%1" are named by %2 plan links, %3 figures and %4 indicator values, which go with them. Undo brings all of it back. Delete?</source>
        <translation>
            <numerusform>"%1" katmanının %n alanına %2 plan bağlantısı, %3 sayısal veri ve %4 gösterge değeri bağlı; bunlar da silinir. Geri al hepsini geri getirir. Silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Vertex tool</source>
        <translation>&amp;Köşe düzenleme</translation>
    </message>
    <message>
        <source>Click a feature of the current layer, then drag a corner to move it, double-click an edge to add one, Delete removes the corner last touched</source>
        <translation>Geçerli katmanda bir objeye tıklayın; bir köşeyi sürükleyerek taşıyın, bir kenara çift tıklayarak köşe ekleyin, Delete son dokunulan köşeyi siler</translation>
    </message>
    <message>
        <source>&amp;Merge selected areas</source>
        <translation>Seçili alanları &amp;birleştir</translation>
    </message>
    <message>
        <source>Makes the areas selected on the map one: the first keeps its fields; Undo separates them again</source>
        <translation>Haritada seçili alanları tek alan yapar: ilki alanlarını korur; Geri al onları yeniden ayırır</translation>
    </message>
    <message>
        <source>Merge areas</source>
        <translation>Alanları birleştir</translation>
    </message>
    <message>
        <source>The areas merged into "%1" are named by %2 plan links, %3 figures and %4 indicator values, which go with them. Undo brings all of it back. Merge?</source>
        <translation>"%1" katmanında birleştirilen alanlara %2 plan bağlantısı, %3 sayısal veri ve %4 gösterge değeri bağlı; bunlar da silinir. Geri al hepsini geri getirir. Birleştirilsin mi?</translation>
    </message>
    <message>
        <source>S&amp;plit areas</source>
        <translation>Alanları bö&amp;l</translation>
    </message>
    <message>
        <source>Draw a line across areas of the current layer (the selected ones, if any); each is cut along it, the largest piece keeping its links</source>
        <translation>Geçerli katmanın alanları (seçili olanlar varsa onlar) üzerinden bir çizgi çizin; her biri çizgi boyunca kesilir, en büyük parça bağlantılarını korur</translation>
    </message>
    <message>
        <source>M&amp;ove feature</source>
        <translation>Objeyi &amp;taşı</translation>
    </message>
    <message>
        <source>Drag a feature of the current layer to move it whole</source>
        <translation>Geçerli katmanın bir objesini sürükleyerek bütün olarak taşıyın</translation>
    </message>
    <message numerus="yes">
        <source>Split %n area(s); </source>
        <translation>
            <numerusform>%n alan bölündü; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new piece(s), named as the area they came from.</source>
        <translation>
            <numerusform>%n yeni parça, geldiği alanın adıyla.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Avoid overlaps</source>
        <translation>Çakışmaları &amp;önle</translation>
    </message>
    <message>
        <source>A new area is kept off the layer's other areas: where it overlaps them, it is trimmed</source>
        <translation>Yeni alan katmanın öbür alanlarının dışında tutulur: onlarla çakıştığı yerlerden kırpılır</translation>
    </message>
    <message>
        <source>&amp;Clip to the mahalle</source>
        <translation>&amp;Mahalle sınırına kırp</translation>
    </message>
    <message>
        <source>A new area is cut to the mahalle it mostly lies in</source>
        <translation>Yeni alan çoğunlukla içinde kaldığı mahallenin sınırına kırpılır</translation>
    </message>
    <message>
        <source>The new area was %1.</source>
        <translation>Yeni alan %1.</translation>
    </message>
    <message>
        <source>All visible layers</source>
        <translation>Tüm görünür katmanlar</translation>
    </message>
    <message numerus="yes">
        <source>While drawing, a click near a corner or an edge of %n chosen layer(s) lands exactly on it (S)</source>
        <translation>
            <numerusform>Çizerken seçilen %n katmanın bir köşesine ya da kenarına yakın bir tıklama tam onun üzerine düşer (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Snap to &amp;layers</source>
        <translation>Yakalanacak katmanla&amp;r</translation>
    </message>
    <message>
        <source>The layers whose corners and edges drawing snaps to</source>
        <translation>Çizerken köşelerine ve kenarlarına yakalanan katmanlar</translation>
    </message>
    <message>
        <source>Feature %1 of "%2"</source>
        <translation>"%2" katmanındaki %1 numaralı obje</translation>
    </message>
    <message>
        <source>Edit feature %1 of "%2"</source>
        <translation>"%2" katmanındaki %1 numaralı objeyi düzenle</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s) of feature %1 of "%2".</source>
        <translation>
            <numerusform>"%2" katmanındaki %1 numaralı objenin %n alanı değiştirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geisep::FeatureCommand</name>
    <message>
        <source>Add a feature to "%1"</source>
        <translation>"%1" katmanına obje ekle</translation>
    </message>
    <message>
        <source>Set %1 of feature %2</source>
        <translation>%2 numaralı objenin %1 değerini değiştir</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s) of "%1"</source>
        <translation>
            <numerusform>"%1" katmanından %n obje sil</numerusform>
        </translation>
    </message>
    <message>
        <source>New layer "%1"</source>
        <translation>Yeni katman "%1"</translation>
    </message>
    <message>
        <source>Change the shape of feature %1</source>
        <translation>%1 numaralı objenin şeklini değiştir</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n feature(s) of "%1"</source>
        <translation>
            <numerusform>"%1" katmanında %n objeyi birleştir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calculate %1 for %n feature(s)</source>
        <translation>
            <numerusform>%n obje için %1 hesapla</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the field %1 to "%2"</source>
        <translation>"%2" katmanına %1 alanını ekle</translation>
    </message>
    <message>
        <source>Remove the field %1 of "%2"</source>
        <translation>"%2" katmanının %1 alanını kaldır</translation>
    </message>
    <message>
        <source>Split areas of "%1"</source>
        <translation>"%1" katmanının alanlarını böl</translation>
    </message>
</context>
<context>
    <name>geisep::FeatureFormDialog</name>
    <message>
        <source>New feature in "%1"</source>
        <translation>"%1" katmanında yeni obje</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>a whole number, e.g. 1250</source>
        <translation>bir tam sayı, örneğin 1250</translation>
    </message>
    <message>
        <source>a number, e.g. 12,5</source>
        <translation>bir sayı, örneğin 12,5</translation>
    </message>
    <message>
        <source>a date, e.g. 31.12.2026</source>
        <translation>bir tarih, örneğin 31.12.2026</translation>
    </message>
    <message>
        <source>a date and time, e.g. 31.12.2026 14:30</source>
        <translation>bir tarih ve saat, örneğin 31.12.2026 14:30</translation>
    </message>
    <message numerus="yes">
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>en çok %n karakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geisep::FieldCalculatorDialog</name>
    <message>
        <source>Field calculator: %1</source>
        <translation>Alan hesaplayıcı: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected feature(s)</source>
        <translation>
            <numerusform>Yalnızca seçili %n obje</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set the field:</source>
        <translation>&amp;Ayarlanacak alan:</translation>
    </message>
    <message>
        <source>To a value or an expression of other fields: numbers with a dot (12.5), 'text' in single quotes, fields by name (double-click one; "Nüfus (2023)" in double quotes), + - * / ( ), || to join text, round(x, digits), abs(x), coalesce(a, b).</source>
        <translation>Bir değere ya da başka alanlardan bir ifadeye: sayılar noktayla (12.5), 'metin' tek tırnakta, alanlar adıyla (birine çift tıklayın; "Nüfus (2023)" çift tırnakta), + - * / ( ), metni birleştirmek için ||, round(x, basamak), abs(x), coalesce(a, b).</translation>
    </message>
    <message>
        <source>Feature %1: %2</source>
        <translation>Obje %1: %2</translation>
    </message>
    <message>
        <source>Use round(…) for a whole number.</source>
        <translation>Tam sayı için round(…) kullanın.</translation>
    </message>
    <message>
        <source>no. %1 → %2</source>
        <translation>no. %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) will be set; </source>
        <translation>
            <numerusform>%n obje ayarlanacak; </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geisep::FiguresDialog</name>
    <message>
        <source>Figures per area</source>
        <translation>Alan verileri</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Algıla</translation>
    </message>
    <message>
        <source>By province, district and name</source>
        <translation>İl, ilçe ve ada göre</translation>
    </message>
    <message>
        <source>By a key column</source>
        <translation>Anahtar sütuna göre</translation>
    </message>
    <message>
        <source>Mahalle code</source>
        <translation>Mahalle kodu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Area id</source>
        <translation>Alan kimliği</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Değişken</translation>
    </message>
    <message>
        <source>Rows to review (unmatched, ambiguous, fuzzy)</source>
        <translation>Gözden geçirilecek satırlar (eşleşmeyen, belirsiz, yakın yazım)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tüm satırlar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <source>Matched area</source>
        <translation>Eşleşen alan</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <source>Double-click a row to pair it with an area by hand.</source>
        <translation>Bir satırı bir alanla elle eşleştirmek için satıra çift tıklayın.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Eşleştir</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Verileri içe aktar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Karakter kodlaması:</translation>
    </message>
    <message>
        <source>Area layer:</source>
        <translation>Alan katmanı:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Yıl:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Birleştirme</translation>
    </message>
    <message>
        <source>Province column:</source>
        <translation>İl sütunu:</translation>
    </message>
    <message>
        <source>District column:</source>
        <translation>İlçe sütunu:</translation>
    </message>
    <message>
        <source>Name column:</source>
        <translation>Ad sütunu:</translation>
    </message>
    <message>
        <source>Key column:</source>
        <translation>Anahtar sütun:</translation>
    </message>
    <message>
        <source>Area field:</source>
        <translation>Alan alanı:</translation>
    </message>
    <message>
        <source>Table of figures</source>
        <translation>Veri tablosu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(atla)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), separator "%1", encoding %2 (%3).</source>
        <translation>
            <numerusform>%n satır, ayırıcı "%1", kodlama %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched %1 of %2 rows: exact %3, folded %4, fuzzy %5, by hand %6. Ambiguous %7, unmatched %8 (these are not imported).</source>
        <translation>%2 satırdan %1 satır eşleşti: birebir %3, harf farkı gözetmeden %4, yakın yazım %5, elle %6. Belirsiz %7, eşleşmeyen %8 (bunlar içe aktarılmaz).</translation>
    </message>
    <message>
        <source>Pair by hand</source>
        <translation>Elle eşleştir</translation>
    </message>
    <message>
        <source>Line %1 (%2): which area is it?</source>
        <translation>%1. satır (%2): hangi alan?</translation>
    </message>
    <message>
        <source>Table (CSV, Excel, ODS):</source>
        <translation>Tablo (CSV, Excel, ODS):</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sayfa:</translation>
    </message>
    <message>
        <source>Tables of figures (*.csv *.txt *.xlsx *.ods);;CSV tables (*.csv *.txt);;Workbooks (*.xlsx *.ods)</source>
        <translation>Sayı tabloları (*.csv *.txt *.xlsx *.ods);;CSV tabloları (*.csv *.txt);;Çalışma kitapları (*.xlsx *.ods)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) under the header, sheet "%1".</source>
        <translation>
            <numerusform>Başlığın altında %Ln satır, "%1" sayfası.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geisep::ImportDialog</name>
    <message>
        <source>Import a layer</source>
        <translation>Katman içe aktar</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Algıla</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Dosyada yazdığı gibi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <source>Layer in the file:</source>
        <translation>Dosyadaki katman:</translation>
    </message>
    <message>
        <source>Name in the project:</source>
        <translation>Projedeki adı:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Karakter kodlaması:</translation>
    </message>
    <message>
        <source>Coordinate system of the file:</source>
        <translation>Dosyanın koordinat sistemi:</translation>
    </message>
    <message>
        <source>Service type field:</source>
        <translation>Hizmet türü alanı:</translation>
    </message>
    <message>
        <source>Districts from layer:</source>
        <translation>İlçelerin alınacağı katman:</translation>
    </message>
    <message>
        <source>GIS layers (*.gpkg *.shp *.zip *.geojson *.json *.kml *.fgb *.csv);;All files (*)</source>
        <translation>CBS katmanları (*.gpkg *.shp *.zip *.geojson *.json *.kml *.fgb *.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>%1 · %2 features · %3 · CRS: %4 · encoding %5 (%6)</source>
        <translation>%1 · %2 obje · %3 · KRS: %4 · kodlama %5 (%6)</translation>
    </message>
    <message>
        <source>none — choose one below</source>
        <translation>yok — aşağıdan birini seçin</translation>
    </message>
    <message>
        <source>a value from the list, or several: Şanlıurfa, Gaziantep</source>
        <translation>listeden bir değer ya da birkaçı: Şanlıurfa, Gaziantep</translation>
    </message>
    <message>
        <source>All features</source>
        <translation>Tüm objeler</translation>
    </message>
    <message>
        <source>Only features where:</source>
        <translation>Yalnızca şu objeler:</translation>
    </message>
    <message>
        <source>Only features within the map's current view</source>
        <translation>Yalnızca haritanın şu anki görünümündeki objeler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them kept by the filter</source>
        <translation>
            <numerusform>süzgeç bunlardan %Ln tanesini alıyor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geisep::IndicatorForm</name>
    <message>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Yeni gösterge</translation>
    </message>
    <message>
        <source>e.g. %, children, m²</source>
        <translation>ör. %, çocuk, m²</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name (Turkish)</source>
        <translation>Ad (Türkçe)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Ad (İngilizce)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Better when it</source>
        <translation>İyi olan yön</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Plan-wide value</source>
        <translation>Plan geneli değeri</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Yüzde</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Oran</translation>
    </message>
    <message>
        <source>Sum of the areas</source>
        <translation>Alanların toplamı</translation>
    </message>
    <message>
        <source>Mean of the areas</source>
        <translation>Alanların ortalaması</translation>
    </message>
    <message>
        <source>Largest of the areas</source>
        <translation>Alanların en büyüğü</translation>
    </message>
    <message>
        <source>goes down</source>
        <translation>azalması</translation>
    </message>
    <message>
        <source>goes up</source>
        <translation>artması</translation>
    </message>
</context>
<context>
    <name>geisep::IndicatorsDialog</name>
    <message>
        <source>Indicators of %1</source>
        <translation>%1 göstergeleri</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Add a &amp;row</source>
        <translation>&amp;Satır ekle</translation>
    </message>
    <message>
        <source>Type a value into a cell; clear it to remove the value. Progress compares the earliest baseline, the latest target and the latest actual value (Open SDG method).</source>
        <translation>Bir hücreye değer yazın; silerseniz değer kaldırılır. İlerleme en eski başlangıç, en son hedef ve en son gerçekleşen değeri karşılaştırır (Open SDG yöntemi).</translation>
    </message>
    <message>
        <source>Remove the indicator "%1" with all its values?</source>
        <translation>"%1" göstergesi tüm değerleriyle kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Plan geneli</translation>
    </message>
    <message>
        <source>Whole plan: %1</source>
        <translation>Plan geneli: %1</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Alan %1</translation>
    </message>
    <message>
        <source>Combined from the areas' values (%1)</source>
        <translation>Alanların değerlerinden hesaplandı (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" bir sayı değil.</translation>
    </message>
    <message>
        <source>Type digits, with a decimal comma if needed.</source>
        <translation>Rakam yazın; gerekirse ondalık virgül kullanın.</translation>
    </message>
    <message>
        <source>Add indicator "%1"</source>
        <translation>"%1" göstergesini ekle</translation>
    </message>
    <message>
        <source>Edit indicator "%1"</source>
        <translation>"%1" göstergesini düzenle</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Göstergeyi kaldır</translation>
    </message>
    <message>
        <source>Set %1 %2 of %3</source>
        <translation>%3 için %2 %1 değerini gir</translation>
    </message>
    <message>
        <source>Clear %1 %2 of %3</source>
        <translation>%3 için %2 %1 değerini sil</translation>
    </message>
    <message>
        <source>Assessed by the change per year (linear method): a value is zero or below, so a growth rate cannot be computed. R is the change per year so far over the change per year the target needs.</source>
        <translation>Yıllık değişimle değerlendirildi (doğrusal yöntem): bir değer sıfır ya da daha küçük olduğundan büyüme hızı hesaplanamaz. R, şimdiye kadarki yıllık değişimin hedefin gerektirdiği yıllık değişime oranıdır.</translation>
    </message>
    <message>
        <source>Assessed by the growth rate (Open SDG method): R is the yearly growth so far over the yearly growth the target needs.</source>
        <translation>Büyüme hızıyla değerlendirildi (Open SDG yöntemi): R, şimdiye kadarki yıllık büyümenin hedefin gerektirdiği yıllık büyümeye oranıdır.</translation>
    </message>
</context>
<context>
    <name>geisep::LayerActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>İçe &amp;aktar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Figures per area…</source>
        <translation>Alan &amp;verileri…</translation>
    </message>
    <message>
        <source>Add &amp;basemap…</source>
        <translation>&amp;Altlık harita ekle…</translation>
    </message>
    <message>
        <source>Link an offline raster map (GeoTIFF, MBTiles, GeoPackage tiles) under the layers</source>
        <translation>Katmanların altına çevrimdışı bir raster harita bağla (GeoTIFF, MBTiles, GeoPackage karoları)</translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation>&amp;Stil…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>S&amp;üzgeç…</translation>
    </message>
    <message>
        <source>Show, list, analyse and print only the features that match an expression</source>
        <translation>Yalnızca bir ifadeye uyan objeleri göster, listele, analiz et ve bas</translation>
    </message>
    <message>
        <source>&amp;Attribute table</source>
        <translation>Ö&amp;znitelik tablosu</translation>
    </message>
    <message>
        <source>&amp;Opacity…</source>
        <translation>&amp;Opaklık…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Yeniden adlandır</translation>
    </message>
    <message>
        <source>&amp;Remove layer</source>
        <translation>Katmanı &amp;kaldır</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Katmanlar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Imported %1: %2 features, %3 repaired, %4 skipped.</source>
        <translation>%1 içe aktarıldı: %2 obje, %3 onarıldı, %4 atlandı.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>İçe aktarma raporu</translation>
    </message>
    <message>
        <source>Add a basemap</source>
        <translation>Altlık harita ekle</translation>
    </message>
    <message>
        <source>Raster maps (*.tif *.tiff *.mbtiles *.gpkg *.jp2 *.vrt);;All files (*)</source>
        <translation>Raster haritalar (*.tif *.tiff *.mbtiles *.gpkg *.jp2 *.vrt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Removed the layer "%1". %2 brings it back until the project is closed.</source>
        <translation>"%1" katmanı kaldırıldı. Proje kapanana dek %2 onu geri getirir.</translation>
    </message>
    <message>
        <source>Opacity of %1</source>
        <translation>%1 opaklığı</translation>
    </message>
    <message>
        <source>Opacity (0 % invisible, 100 % opaque):</source>
        <translation>Opaklık (%0 görünmez, %100 tam opak):</translation>
    </message>
    <message>
        <source>Export a layer</source>
        <translation>Katmanı dışa aktar</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Katman:</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;CSV with WKT (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;WKT içeren CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 features to %2.</source>
        <translation>%1 obje %2 dosyasına dışa aktarıldı.</translation>
    </message>
</context>
<context>
    <name>geisep::LayerFilterDialog</name>
    <message>
        <source>Filter of %1</source>
        <translation>%1 süzgeci</translation>
    </message>
    <message>
        <source>Only the features this expression keeps are drawn, listed in the attribute table, analysed and printed. Pick a field and a value to write it, e.g. ilçe = Eyyübiye AND nüfus &gt;= 5000.</source>
        <translation>Yalnızca bu ifadenin tuttuğu objeler çizilir, öznitelik tablosunda listelenir, analiz edilir ve basılır. Yazmak için bir alan ve bir değer seçin; örneğin ilçe = Eyyübiye AND nüfus &gt;= 5000.</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Alanlar</translation>
    </message>
    <message>
        <source>&amp;Values of the field</source>
        <translation>Alanın &amp;değerleri</translation>
    </message>
    <message>
        <source>&amp;Expression</source>
        <translation>İ&amp;fade</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Temizle</translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… ve %L1 tane daha</translation>
    </message>
    <message>
        <source>No filter: all %L1 features.</source>
        <translation>Süzgeç yok: %L1 objenin tümü.</translation>
    </message>
    <message>
        <source>%L1 of %L2 features match.</source>
        <translation>%L2 objeden %L1 tanesi uyuyor.</translation>
    </message>
</context>
<context>
    <name>geisep::LayerListModel</name>
    <message>
        <source>Muhtar districts</source>
        <translation>Muhtarlık sınırları</translation>
    </message>
    <message>
        <source>Migrant-settled areas</source>
        <translation>Göçmenlerin yerleştiği alanlar</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Altyapı</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Basemaps</source>
        <translation>Altlık haritalar</translation>
    </message>
    <message>
        <source>%1 · %2 features · table %3</source>
        <translation>%1 · %2 obje · tablo %3</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Katmanlar</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%%2)</translation>
    </message>
    <message>
        <source>Raster basemap · %1</source>
        <translation>Raster altlık harita · %1</translation>
    </message>
    <message>
        <source>%1 · filtered</source>
        <translation>%1 · süzülmüş</translation>
    </message>
    <message>
        <source>%1 · %2 features · table %3 · filter: %4</source>
        <translation>%1 · %2 obje · tablo %3 · süzgeç: %4</translation>
    </message>
</context>
<context>
    <name>geisep::LayoutDesigner</name>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Alt başlık</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Lejant</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Ölçek çubuğu</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Kuzey oku</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation>Kaynaklar ve atıflar</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Overview inset</source>
        <translation>Genel bakış haritası</translation>
    </message>
    <message>
        <source>Goals, actions and indicators</source>
        <translation>Hedefler, eylemler ve göstergeler</translation>
    </message>
    <message>
        <source>Area figures</source>
        <translation>Alan verileri</translation>
    </message>
    <message>
        <source>Layout designer</source>
        <translation>Sayfa düzeni</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Sayfa düzeni:</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Şablondan yeni</translation>
    </message>
    <message>
        <source>Mahalle fact sheet (Turkish)</source>
        <translation>Mahalle bilgi kartı (Türkçe)</translation>
    </message>
    <message>
        <source>District map (Turkish)</source>
        <translation>İlçe haritası (Türkçe)</translation>
    </message>
    <message>
        <source>Mahalle fact sheet (English)</source>
        <translation>Mahalle bilgi kartı (İngilizce)</translation>
    </message>
    <message>
        <source>District map (English)</source>
        <translation>İlçe haritası (İngilizce)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Yeniden adlandır…</translation>
    </message>
    <message>
        <source>Rename layout</source>
        <translation>Sayfa düzenini yeniden adlandır</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>Sayfa düzenini sil</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Öğe ekle</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Öğeyi kaldır</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>Print / export…</source>
        <translation>Yazdır / dışa aktar…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dikey</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Yatay</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Boyut:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Yön:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Kenar boşlukları:</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>One page per area</source>
        <translation>Her alan için bir sayfa</translation>
    </message>
    <message>
        <source>e.g. ilçe = Şahinbey</source>
        <translation>ör. ilçe = Şahinbey</translation>
    </message>
    <message>
        <source>Which areas: ilçe = Şahinbey, nüfus &gt;= 5000 AND ilçe IN (Şahinbey, Şehitkamil), ad LIKE 'Yeni%'. Fields: ad, ilçe, il, kod, nüfus, baskı (migration pressure), sıra (its rank).</source>
        <translation>Hangi alanlar: ilçe = Şahinbey, nüfus &gt;= 5000 AND ilçe IN (Şahinbey, Şehitkamil), ad LIKE 'Yeni%'. Alanlar: ad, ilçe, il, kod, nüfus, baskı (göç baskısı), sıra (baskı sırası).</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tümü</translation>
    </message>
    <message>
        <source>Cover and contents pages</source>
        <translation>Kapak ve içindekiler sayfaları</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Katman:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Süzgeç:</translation>
    </message>
    <message>
        <source>Top by pressure:</source>
        <translation>Göç baskısına göre ilk:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Önizleme:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <source>Left edge, mm from the page's left</source>
        <translation>Sol kenar: sayfanın solundan uzaklık, mm</translation>
    </message>
    <message>
        <source>Top edge, mm from the page's top</source>
        <translation>Üst kenar: sayfanın üstünden uzaklık, mm</translation>
    </message>
    <message>
        <source>Width, mm</source>
        <translation>Genişlik, mm</translation>
    </message>
    <message>
        <source>Height, mm</source>
        <translation>Yükseklik, mm</translation>
    </message>
    <message>
        <source>x, y, w, h (mm):</source>
        <translation>x, y, en, boy (mm):</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Metin:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Kalın</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Yazı tipi:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Sağ</translation>
    </message>
    <message>
        <source>Alignment:</source>
        <translation>Hizalama:</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Çerçeve</translation>
    </message>
    <message>
        <source>The atlas area</source>
        <translation>Atlas alanı</translation>
    </message>
    <message>
        <source>The whole layer</source>
        <translation>Katmanın tamamı</translation>
    </message>
    <message>
        <source>Map shows:</source>
        <translation>Harita kapsamı:</translation>
    </message>
    <message>
        <source> % round the area</source>
        <translation> % (alanın çevresinde)</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Çevre boşluğu:</translation>
    </message>
    <message>
        <source>Neighbours muted</source>
        <translation>Komşu alanlar soluk</translation>
    </message>
    <message>
        <source>Print contact details (personal data)</source>
        <translation>İletişim bilgilerini yazdır (kişisel veri)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Görüntü seç…</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Görüntü:</translation>
    </message>
    <message>
        <source>(the first mahalle layer)</source>
        <translation>(ilk mahalle katmanı)</translation>
    </message>
    <message>
        <source>Click an item on the page to change it.</source>
        <translation>Değiştirmek için sayfada bir öğeye tıklayın.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): %1 area(s)</source>
        <translation>
            <numerusform>%n sayfa: %1 alan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, a cover and %n contents page(s)</source>
        <translation>
            <numerusform>, bir kapak ve %n içindekiler sayfası</numerusform>
        </translation>
    </message>
    <message>
        <source>. Counts below %1 print as "&lt;%1".</source>
        <translation>. %1 altındaki sayılar "&lt;%1" olarak yazdırılır.</translation>
    </message>
    <message>
        <source>One page.</source>
        <translation>Tek sayfa.</translation>
    </message>
    <message>
        <source>New layout "%1"</source>
        <translation>"%1" sayfa düzenini oluştur</translation>
    </message>
    <message>
        <source>Delete layout "%1"</source>
        <translation>"%1" sayfa düzenini sil</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 öğesini taşı</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Metni düzenle</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 ekle</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 öğesini kaldır</translation>
    </message>
    <message>
        <source>Atlas filter</source>
        <translation>Atlas süzgeci</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 öğesini değiştir</translation>
    </message>
    <message>
        <source>Page and atlas</source>
        <translation>Sayfa ve atlas</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Görüntüler (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Cannot use "%1": it cannot be read, or it is over 4 MB.</source>
        <translation>"%1" kullanılamıyor: dosya okunamıyor ya da 4 MB sınırını aşıyor.</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo görüntüsü</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>%1 yazdırılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) to %1.</source>
        <translation>
            <numerusform>%n sayfa yazdırıldı: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print / export "%1"</source>
        <translation>Yazdır / dışa aktar: "%1"</translation>
    </message>
    <message>
        <source>PDF (vector, fonts embedded)</source>
        <translation>PDF (vektörel, yazı tipleri gömülü)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG görüntüsü</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG çizimi</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>One file per area, named after it</source>
        <translation>Her alan için, alanın adını taşıyan ayrı bir dosya</translation>
    </message>
    <message>
        <source>Print names and contact details of people (personal data)</source>
        <translation>Kişilerin adlarını ve iletişim bilgilerini yazdır (kişisel veri)</translation>
    </message>
    <message>
        <source>Muhtar and stakeholder contact details are personal data (KVKK): print them only for those who may see them.</source>
        <translation>Muhtarların ve paydaşların iletişim bilgileri kişisel veridir (KVKK): bunları yalnızca görmeye yetkili kişiler için yazdırın.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <source>Resolution (PNG, SVG):</source>
        <translation>Çözünürlük (PNG, SVG):</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n sayfa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose file and print…</source>
        <translation>Dosya seç ve yazdır…</translation>
    </message>
    <message>
        <source>Folder for the pages</source>
        <translation>Sayfaların yazılacağı klasör</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Yazdırılacak dosya</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n area(s) selected on the map</source>
        <translation>
            <numerusform>Yalnızca haritada seçili %n alan</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the layout "%1"? Undo (Ctrl+Z) here brings it back.</source>
        <translation>"%1" sayfa düzeni silinsin mi? Burada Geri al (Ctrl+Z) onu geri getirir.</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Sayfayı sığdır</translation>
    </message>
    <message>
        <source>Only the N areas with the highest migration pressure (the newest migration pressure analysis of the atlas layer).</source>
        <translation>Yalnızca göç baskısı en yüksek N alan (atlas katmanının en yeni göç baskısı analizine göre).</translation>
    </message>
    <message>
        <source>Analysis layers (coverage gaps)</source>
        <translation>Analiz katmanları (kapsama boşlukları)</translation>
    </message>
    <message>
        <source>Draw the layers analyses made, such as coverage gaps. Off, they do not hide the areas' colours.</source>
        <translation>Analizlerin oluşturduğu katmanları (kapsama boşlukları gibi) çizer. Kapalıyken alanların renklerini örtmezler.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Baskı önizleme…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n sayfa %1 hedefine gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print "%1"</source>
        <translation>"%1" yazdır</translation>
    </message>
    <message>
        <source>Print preview: %1, pages %2–%3 of %4</source>
        <translation>Baskı önizleme: %1, %4 sayfanın %2–%3. sayfaları</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Baskı önizleme</translation>
    </message>
    <message numerus="yes">
        <source>The atlas has %n page(s). Which shall the preview show?</source>
        <translation>
            <numerusform>Atlasta %n sayfa var. Önizleme hangilerini göstersin?</numerusform>
        </translation>
    </message>
    <message>
        <source>From page:</source>
        <translation>İlk sayfa:</translation>
    </message>
    <message>
        <source>To page:</source>
        <translation>Son sayfa:</translation>
    </message>
    <message>
        <source>Fields in braces are filled in on each page: choose them from "Insert field". Turkish and English names both work ({ilçe}, {district}).</source>
        <translation>Süslü parantez içindeki alanlar her sayfada doldurulur: onları "Bilgi alanı ekle" listesinden seçin. Türkçe ve İngilizce adlar ikisi de çalışır ({ilçe}, {district}).</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Bilgi alanı ekle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>An indicator over the years</source>
        <translation>Bir göstergenin yıllara göre seyri</translation>
    </message>
    <message>
        <source>Migrants' share by district</source>
        <translation>İlçelere göre göçmen oranı</translation>
    </message>
    <message>
        <source>Migration pressure of the top areas</source>
        <translation>En yüksek alanların göç baskısı</translation>
    </message>
    <message>
        <source>Population within reach of each service</source>
        <translation>Hizmetlere erişebilen nüfus</translation>
    </message>
    <message>
        <source>Population projection</source>
        <translation>Nüfus projeksiyonu</translation>
    </message>
    <message>
        <source>District fact sheet with charts (Turkish)</source>
        <translation>Grafikli ilçe bilgi kartı (Türkçe)</translation>
    </message>
    <message>
        <source>District fact sheet with charts (English)</source>
        <translation>Grafikli ilçe bilgi kartı (İngilizce)</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Grafik:</translation>
    </message>
    <message>
        <source>The indicator the chart follows, by name; empty: the first indicator with values.</source>
        <translation>Grafiğin gösterdiği gösterge, adıyla; boş bırakılırsa değeri girilmiş ilk gösterge.</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Gösterge:</translation>
    </message>
    <message>
        <source> areas</source>
        <translation> alan</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>En yüksek:</translation>
    </message>
</context>
<context>
    <name>geisep::LegendWidget</name>
    <message>
        <source>No data</source>
        <translation>Veri yok</translation>
    </message>
    <message>
        <source>Not drawn: %1</source>
        <translation>Çizilmedi: %1</translation>
    </message>
</context>
<context>
    <name>geisep::LinkAreasDialog</name>
    <message>
        <source>Link to…</source>
        <translation>Bağla…</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message numerus="yes">
        <source>Link %n selected area(s) to “%1”.</source>
        <translation>
            <numerusform>Seçili %n alanı “%1” öğesine bağla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Select areas on the map first.</source>
        <translation>Önce haritada alanları seçin.</translation>
    </message>
</context>
<context>
    <name>geisep::MainWindow</name>
    <message>
        <source>GEİSEP Workbench</source>
        <translation>GEİSEP Workbench</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proje</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Son projeler</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Katman</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analiz</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Yazdır</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ya&amp;rdım</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Yeni…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>Ö&amp;zellikler…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ka&amp;pat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Türkçe</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Analysis &amp;runs…</source>
        <translation>Analiz &amp;geçmişi…</translation>
    </message>
    <message>
        <source>&amp;Layout designer…</source>
        <translation>&amp;Sayfa düzeni…</translation>
    </message>
    <message>
        <source>&amp;About GEİSEP Workbench</source>
        <translation>GEİSEP Workbench &amp;Hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <source>Area inspector</source>
        <translation>Alan denetçisi</translation>
    </message>
    <message>
        <source>This project was upgraded from schema version %1 to %2. The original is kept as %3.</source>
        <translation>Bu projenin şeması %1 sürümünden %2 sürümüne yükseltildi. Özgün dosya şu adla saklanıyor: %3</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>salt okunur</translation>
    </message>
    <message>
        <source>About GEİSEP Workbench</source>
        <translation>GEİSEP Workbench Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GEİSEP Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop GIS for the Strategic Action Plan for the Integration of Migration: migrant-settled neighbourhoods, infrastructure coverage and muhtar districts on one map, linked to the plan's goals, kept in one GeoPackage file.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, PROJ, GEOS and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GEİSEP Workbench %1&lt;/h3&gt;&lt;p&gt;Göçün Entegrasyonu İçin Stratejik Eylem Planı için masaüstü CBS: göçmenlerin yerleştiği mahalleler, altyapı hizmet alanları ve muhtarlık sınırları tek bir haritada bir araya gelir, planın hedeflerine bağlanır ve tek bir GeoPackage dosyasında saklanır.&lt;/p&gt;&lt;p&gt;Qt, GDAL, PROJ, GEOS ve SQLite üzerine kurulmuştur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Lejant</translation>
    </message>
    <message>
        <source>Infrastructure &amp;coverage…</source>
        <translation>Altyapı &amp;kapsaması…</translation>
    </message>
    <message>
        <source>Migration &amp;pressure…</source>
        <translation>Göç &amp;baskısı…</translation>
    </message>
    <message>
        <source>Population p&amp;rojection…</source>
        <translation>Nüfus p&amp;rojeksiyonu…</translation>
    </message>
    <message>
        <source>&amp;Print on paper…</source>
        <translation>&amp;Kâğıda yazdır…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Baskı ö&amp;nizleme…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Paylaş…</translation>
    </message>
    <message>
        <source>Publish to and pull from the province's shared plan on its server.</source>
        <translation>İlin sunucudaki ortak planına yayınla ve ondan çek.</translation>
    </message>
</context>
<context>
    <name>geisep::MapCanvas</name>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n alan</numerusform>
        </translation>
    </message>
    <message>
        <source>an import</source>
        <translation>içe aktarma</translation>
    </message>
    <message>
        <source>This project has no layers yet.
Bring in mahalle boundaries, migrant areas or infrastructure with %1.</source>
        <translation>Bu projede henüz katman yok.
Mahalle sınırlarını, göçmen yerleşim alanlarını ya da altyapıyı %1 ile getirin.</translation>
    </message>
</context>
<context>
    <name>geisep::MapControls</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seçili</numerusform>
        </translation>
    </message>
    <message>
        <source>Length %1 km</source>
        <translation>Uzunluk %1 km</translation>
    </message>
    <message>
        <source>Length %1 m</source>
        <translation>Uzunluk %1 m</translation>
    </message>
    <message>
        <source>Area %1 m² (%2 ha), perimeter %3 m</source>
        <translation>Alan %1 m² (%2 ha), çevre %3 m</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <source>Pan and identify</source>
        <translation>Kaydır ve tanımla</translation>
    </message>
    <message>
        <source>Pan: drag the map; click an area to see it in the inspector; Shift+drag zooms to a box.</source>
        <translation>Kaydır: haritayı sürükleyin; denetçide görmek için bir alana tıklayın; Shift+sürükle bir kutuya yakınlaştırır.</translation>
    </message>
    <message>
        <source>Zoom to box</source>
        <translation>Kutuya yakınlaştır</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seç</translation>
    </message>
    <message>
        <source>Select areas of the current layer: click, Shift+click to add or remove, or drag a rectangle.</source>
        <translation>Geçerli katmandaki alanları seçin: tıklayın, eklemek ya da çıkarmak için Shift+tıklayın veya bir dikdörtgen sürükleyin.</translation>
    </message>
    <message>
        <source>Select by polygon</source>
        <translation>Çokgenle seç</translation>
    </message>
    <message>
        <source>Click the corners of a polygon; double-click to finish.</source>
        <translation>Çokgenin köşelerine tıklayın; bitirmek için çift tıklayın.</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Mesafe ölç</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>Alan ölç</translation>
    </message>
    <message>
        <source>Zoom to full extent</source>
        <translation>Tüm kapsama yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Katmana yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Seçime yakınlaştır</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Seçimi temizle</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>Önceki görünüm</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>Sonraki görünüm</translation>
    </message>
    <message>
        <source>Find a mahalle…</source>
        <translation>Mahalle ara…</translation>
    </message>
    <message>
        <source>Map scale; type a scale such as 1:25.000</source>
        <translation>Harita ölçeği; 1:25.000 gibi bir ölçek yazın</translation>
    </message>
    <message>
        <source>Pointer position in the project's CRS and in degrees</source>
        <translation>İmlecin konumu, projenin koordinat sisteminde ve derece olarak</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>K</translation>
    </message>
    <message>
        <source>S</source>
        <translation>G</translation>
    </message>
    <message>
        <source>E</source>
        <translation>D</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>No mahalle matches "%1".</source>
        <translation>"%1" ile eşleşen mahalle yok.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — district, %n mahalle</source>
        <translation>
            <numerusform>%1 — ilçe, %n mahalle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geisep::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <source>e.g. Gaziantep GEİSEP 2025–2028</source>
        <translation>ör. Gaziantep GEİSEP 2025–2028</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Proje adı:</translation>
    </message>
    <message>
        <source>Province (il):</source>
        <translation>İl:</translation>
    </message>
    <message>
        <source>Municipality (belediye):</source>
        <translation>Belediye:</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>Koordinat sistemi:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <source>New project file</source>
        <translation>Yeni proje dosyası</translation>
    </message>
    <message>
        <source>GEİSEP projects (*.gpkg)</source>
        <translation>GEİSEP projeleri (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>geisep::OutputFile</name>
    <message>
        <source>Free some disk space, or write to another disk; nothing was written under this name.</source>
        <translation>Diskte biraz yer açın ya da başka bir diske yazın; bu adla hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it; nothing was written under this name.</source>
        <translation>Klasörün var olduğunu ve ona yazma izniniz olduğunu denetleyin; bu adla hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>diskte yer kalmadı</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>disk kotası aşıldı</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>dosya çok büyük</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>izin yok</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>böyle bir dosya ya da klasör yok</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>dosya sistemi salt okunur</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>giriş/çıkış hatası</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 oluşturulamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
</context>
<context>
    <name>geisep::PlanActions</name>
    <message>
        <source>&amp;Add below…</source>
        <translation>&amp;Altına ekle…</translation>
    </message>
    <message>
        <source>Add a goal to the sector, an objective to the goal or an action to the objective</source>
        <translation>Sektöre hedef, hedefe amaç veya amaca eylem ekle</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Yukarı taşı</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Aşağı taşı</translation>
    </message>
    <message>
        <source>&amp;Link selected areas…</source>
        <translation>Seçili alanları &amp;bağla…</translation>
    </message>
    <message>
        <source>Link the areas selected on the map to this goal, objective or action</source>
        <translation>Haritada seçili alanları bu hedefe, amaca veya eyleme bağla</translation>
    </message>
    <message>
        <source>&amp;Show its areas on the map</source>
        <translation>Alanlarını haritada &amp;göster</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Göstergeler…</translation>
    </message>
    <message>
        <source>Indicators of this objective or action, their values per area and year and their progress</source>
        <translation>Bu amacın ya da eylemin göstergeleri, alan ve yıla göre değerleri ve ilerlemeleri</translation>
    </message>
    <message>
        <source>&amp;Stakeholder register…</source>
        <translation>&amp;Paydaş kaydı…</translation>
    </message>
    <message>
        <source>Actions &amp;overview…</source>
        <translation>Eylemlere genel &amp;bakış…</translation>
    </message>
    <message>
        <source>Plan on the &amp;map</source>
        <translation>Plan &amp;haritada</translation>
    </message>
    <message>
        <source>Areas by &amp;goals of a sector…</source>
        <translation>Bir sektörün &amp;hedeflerine göre alanlar…</translation>
    </message>
    <message>
        <source>&amp;Unplanned areas…</source>
        <translation>Planlanmamış a&amp;lanlar…</translation>
    </message>
    <message>
        <source>Areas with a high migrant share and no linked action</source>
        <translation>Göçmen payı yüksek olup bağlı eylemi olmayan alanlar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n amaç</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n eylem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) with their values</source>
        <translation>
            <numerusform>değerleriyle birlikte %n gösterge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area link(s)</source>
        <translation>
            <numerusform>%n alan bağlantısı</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting "%1" also deletes %2. Delete them all?

%3 brings everything back.</source>
        <translation>"%1" silinirse %2 da silinir. Hepsi silinsin mi?

%3 hepsini geri getirir.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select areas on the map first (the select tool, or Shift+click).</source>
        <translation>Önce haritada alanları seçin (seçim aracı veya Shift+tıklama).</translation>
    </message>
    <message>
        <source>Only areas of a muhtar district or migrant area layer can be linked.</source>
        <translation>Yalnızca muhtarlık sınırı veya göçmen yerleşim alanı katmanlarındaki alanlar bağlanabilir.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n area(s).</source>
        <translation>
            <numerusform>%n alan bağlandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no area layer to colour.</source>
        <translation>Renklendirilecek bir alan katmanı yok.</translation>
    </message>
    <message>
        <source>Import mahalle boundaries first.</source>
        <translation>Önce mahalle sınırlarını içe aktarın.</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tüm sektörler</translation>
    </message>
    <message>
        <source>Areas by goals of a sector</source>
        <translation>Bir sektörün hedeflerine göre alanlar</translation>
    </message>
    <message>
        <source>Colour the areas by how many goals of this sector reach them:</source>
        <translation>Alanları bu sektörün kaç hedefinin onlara ulaştığına göre renklendir:</translation>
    </message>
    <message>
        <source>Unplanned areas</source>
        <translation>Planlanmamış alanlar</translation>
    </message>
    <message>
        <source>Areas whose migrant share (%) is at least this, and that no action reaches:</source>
        <translation>Göçmen payı (%) en az bu kadar olan ve hiçbir eylemin ulaşmadığı alanlar:</translation>
    </message>
    <message>
        <source>No area is linked to this item yet.</source>
        <translation>Bu öğeye henüz bağlı alan yok.</translation>
    </message>
    <message>
        <source>Shared plan</source>
        <translation>Ortak plan</translation>
    </message>
    <message>
        <source>"%1" is %2's, pulled from the province's shared plan: only %2 and the governorship change it. Add an item of your own under it, or ask them.</source>
        <translation>"%1" ilin ortak planından çekildi ve %2 kurumuna ait: onu yalnızca %2 ve valilik değiştirebilir. Altına kendi öğenizi ekleyin ya da onlara başvurun.</translation>
    </message>
</context>
<context>
    <name>geisep::PlanItemDialog</name>
    <message>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vazgeçildi</translation>
    </message>
    <message>
        <source>1 · Strategy planning group</source>
        <translation>1 · Strateji planlama grubu</translation>
    </message>
    <message>
        <source>2 · Situation analysis</source>
        <translation>2 · Durum analizi</translation>
    </message>
    <message>
        <source>3 · Projected population and services</source>
        <translation>3 · Nüfus projeksiyonu ve hizmet ihtiyacı</translation>
    </message>
    <message>
        <source>4 · Goals, objectives, activities and projects</source>
        <translation>4 · Hedefler, amaçlar, faaliyetler ve projeler</translation>
    </message>
    <message>
        <source>5 · Projects in detail, with funding</source>
        <translation>5 · Ayrıntılı projeler ve finansman</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Düzenle: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Yeni %1</translation>
    </message>
    <message>
        <source>e.g. H3.1</source>
        <translation>örn. H3.1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title (Turkish)</source>
        <translation>Başlık (Türkçe)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Başlık (İngilizce)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Seçilmedi</translation>
    </message>
    <message>
        <source>The stakeholder register is empty.</source>
        <translation>Paydaş kaydı boş.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Öz kaynak</translation>
    </message>
    <message>
        <source>National programme</source>
        <translation>Ulusal program</translation>
    </message>
    <message>
        <source>International donor</source>
        <translation>Uluslararası fon</translation>
    </message>
    <message>
        <source>e.g. the programme or donor's name</source>
        <translation>örn. programın veya fon sağlayıcının adı</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>İş birliği yapılacaklar</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansman</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Method step</source>
        <translation>Yöntem adımı</translation>
    </message>
    <message>
        <source>Type the title in Turkish.</source>
        <translation>Başlığı Türkçe yazın.</translation>
    </message>
    <message>
        <source>The action cannot end before it starts.</source>
        <translation>Eylem başlamadan bitemez.</translation>
    </message>
</context>
<context>
    <name>geisep::PlanTreeModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>From the shared plan, written by %1</source>
        <translation>Ortak plandan; yazan: %1</translation>
    </message>
</context>
<context>
    <name>geisep::ProjectController</name>
    <message numerus="yes">
        <source>%n added (%1)</source>
        <translation>
            <numerusform>%n eklendi (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted (%1)</source>
        <translation>
            <numerusform>%n silindi (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 plan link(s) and %2 figure(s) that named them went too</source>
        <translation>onları anan %1 plan bağlantısı ve %2 veri de kaldırıldı</translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n yeniden adlandırıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another program changed areas of this project since it was last open here; their area rows were brought in step. %1.</source>
        <translation>Proje burada son açıldığından beri başka bir program alanlarını değiştirmiş; alan kayıtları buna göre güncellendi. %1.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <source>GEİSEP projects (*.gpkg);;All files (*)</source>
        <translation>GEİSEP projeleri (*.gpkg);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projeyi farklı kaydet</translation>
    </message>
    <message>
        <source>GEİSEP projects (*.gpkg)</source>
        <translation>GEİSEP projeleri (*.gpkg)</translation>
    </message>
    <message>
        <source>Cannot replace the file.</source>
        <translation>Mevcut dosyanın üzerine yazılamıyor.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Başka bir ad seçin.</translation>
    </message>
</context>
<context>
    <name>geisep::ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>Proje özellikleri</translation>
    </message>
    <message>
        <source>Counts of migrants below this print and export as "&lt;N", the rates from them are withheld (never below %1).</source>
        <translation>Bu sayının altındaki göçmen sayıları yazdırılırken ve dışa aktarılırken "&lt;N" olarak gösterilir, bunlardan hesaplanan oranlar verilmez (en az %1).</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Proje adı:</translation>
    </message>
    <message>
        <source>Province (il):</source>
        <translation>İl:</translation>
    </message>
    <message>
        <source>Municipality (belediye):</source>
        <translation>Belediye:</translation>
    </message>
    <message>
        <source>Small-cell threshold:</source>
        <translation>Küçük hücre eşiği:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Projeyi yeniden adlandır</translation>
    </message>
    <message>
        <source>Change province</source>
        <translation>İli değiştir</translation>
    </message>
    <message>
        <source>Change municipality</source>
        <translation>Belediyeyi değiştir</translation>
    </message>
    <message>
        <source>Change the small-cell threshold</source>
        <translation>Küçük hücre eşiğini değiştir</translation>
    </message>
</context>
<context>
    <name>geisep::Session</name>
    <message>
        <source>Show layer</source>
        <translation>Katmanı göster</translation>
    </message>
    <message>
        <source>Hide layer</source>
        <translation>Katmanı gizle</translation>
    </message>
    <message>
        <source>Layer opacity %1 %</source>
        <translation>Katman opaklığı %%1</translation>
    </message>
    <message>
        <source>Rename layer to "%1"</source>
        <translation>Katmanı "%1" olarak yeniden adlandır</translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation>Katmanı taşı</translation>
    </message>
    <message>
        <source>Remove layer "%1"</source>
        <translation>"%1" katmanını kaldır</translation>
    </message>
    <message>
        <source>Add basemap "%1"</source>
        <translation>"%1" altlık haritasını ekle</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Proje salt okunur açık.</translation>
    </message>
    <message>
        <source>Change layer style</source>
        <translation>Katman stilini değiştir</translation>
    </message>
    <message>
        <source>Add "%1"</source>
        <translation>"%1" ekle</translation>
    </message>
    <message>
        <source>Edit "%1"</source>
        <translation>"%1" öğesini düzenle</translation>
    </message>
    <message>
        <source>Delete "%1"</source>
        <translation>"%1" sil</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message numerus="yes">
        <source>Link %n area(s)</source>
        <translation>
            <numerusform>%n alanı bağla</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear layer filter</source>
        <translation>Katman süzgecini kaldır</translation>
    </message>
    <message>
        <source>Filter layer: %1</source>
        <translation>Katmanı süz: %1</translation>
    </message>
</context>
<context>
    <name>geisep::ShareDialog</name>
    <message>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <source>Share with the province's plan</source>
        <translation>İlin ortak planıyla paylaş</translation>
    </message>
    <message>
        <source>e.g. plan.gaziantep.gov.tr</source>
        <translation>ör. plan.gaziantep.gov.tr</translation>
    </message>
    <message>
        <source>your institution's role</source>
        <translation>kurumunuzun rolü</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>boşsa ~/.pgpass dosyasından</translation>
    </message>
    <message>
        <source>Used for this connection only; the project never keeps it.</source>
        <translation>Yalnızca bu bağlantı için kullanılır; proje onu hiçbir zaman saklamaz.</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>Mümkünse şifrele</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Şifreleme zorunlu</translation>
    </message>
    <message>
        <source>Require and verify the server</source>
        <translation>Şifreleme zorunlu, sunucuyu doğrula</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Şifreleme yok</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Veritabanı:</translation>
    </message>
    <message>
        <source>Province schema:</source>
        <translation>İl şeması:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Şifreleme:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Bağlan</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Yayınla</translation>
    </message>
    <message>
        <source>Send this project's areas, plan and figures to the server, all or nothing.</source>
        <translation>Bu projenin alanlarını, planını ve verilerini sunucuya gönder; ya hepsi ya hiçbiri.</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>Ç&amp;ek</translation>
    </message>
    <message>
        <source>Bring the other institutions' plan items into this project.</source>
        <translation>Diğer kurumların plan öğelerini bu projeye getir.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Take the &amp;server's</source>
        <translation>&amp;Sunucudakini al</translation>
    </message>
    <message>
        <source>Keep this &amp;project's</source>
        <translation>Bu &amp;projedekini koru</translation>
    </message>
    <message>
        <source>Keep my &amp;edit</source>
        <translation>&amp;Düzenlediğimi koru</translation>
    </message>
    <message>
        <source>Change the values in the "In this project" column, then keep them; the next publish sends them.</source>
        <translation>"Bu projede" sütunundaki değerleri değiştirip koruyun; sonraki yayın onları gönderir.</translation>
    </message>
    <message>
        <source>A row changed both here and on the server since the last sync. Until you choose, this project keeps yours and publishing leaves it out.</source>
        <translation>Bir satır son eşitlemeden bu yana hem burada hem sunucuda değişti. Siz seçene kadar bu proje sizinkini tutar ve yayın onu dışarıda bırakır.</translation>
    </message>
    <message>
        <source>The project is open read-only: it can be neither published nor pulled into.</source>
        <translation>Proje salt okunur açık: ne yayınlanabilir ne de içine çekilebilir.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connected as %1 to the plan in schema %2.</source>
        <translation>%2 şemasındaki plana %1 olarak bağlanıldı.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Yayınlanıyor…</translation>
    </message>
    <message>
        <source>Published for %1: %2 plan items, %3 areas in %4 layer(s), %5 links, %6 figures.</source>
        <translation>%1 adına yayınlandı: %2 plan öğesi, %4 katmanda %3 alan, %5 bağlantı, %6 veri.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an open conflict were left out.</source>
        <translation>
            <numerusform>Açık çakışması olan %n satır dışarıda bırakıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling…</source>
        <translation>Çekiliyor…</translation>
    </message>
    <message>
        <source>Pulled from %1: %2 new, %3 changed, %4 as before.</source>
        <translation>%1 kaynağından çekildi: %2 yeni, %3 değişmiş, %4 aynı.</translation>
    </message>
    <message>
        <source>no other institution</source>
        <translation>başka kurum yok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed both here and on the server: choose below.</source>
        <translation>
            <numerusform>%n satır hem burada hem sunucuda değişti: aşağıdan seçin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out: what they belong to is not in the shared plan.</source>
        <translation>
            <numerusform>%n öğe dışarıda kaldı: bağlı oldukları öğe ortak planda yok.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has not been shared yet.</source>
        <translation>Bu proje henüz paylaşılmadı.</translation>
    </message>
    <message>
        <source>Shared as %1 · last publish: %2 · last pull: %3 · open conflicts: %4</source>
        <translation>%1 olarak paylaşılıyor · son yayın: %2 · son çekme: %3 · açık çakışma: %4</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>Son paylaşılan</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sunucuda</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>Bu projede</translation>
    </message>
    <message>
        <source>%1 must be a number: "%2".</source>
        <translation>%1 bir sayı olmalı: "%2".</translation>
    </message>
    <message>
        <source>Type the number without thousands separators, or take theirs or keep mine.</source>
        <translation>Sayıyı binlik ayırıcı olmadan yazın ya da sunucudakini alın veya bu projedekini koruyun.</translation>
    </message>
    <message>
        <source>Took the server's version; the project now holds it.</source>
        <translation>Sunucudaki hâli alındı; proje artık onu tutuyor.</translation>
    </message>
    <message>
        <source>Kept your version; the next publish sends it.</source>
        <translation>Sizin hâliniz korundu; sonraki yayın onu gönderir.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of other institutions' items sent as the governorship's.</source>
        <translation>
            <numerusform>Diğer kurumların öğelerinde %n düzenleme valiliğin düzenlemesi olarak gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Açık çakışma yok.</translation>
    </message>
</context>
<context>
    <name>geisep::StakeholderForm</name>
    <message>
        <source>Stakeholder</source>
        <translation>Paydaş</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Yeni paydaş</translation>
    </message>
    <message>
        <source>A person (not an institution)</source>
        <translation>Kişi (kurum değil)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Unvan ya da görev</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Mahalle (muhtar)</source>
        <translation>Mahalle (muhtar)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Phone, e-mail and address, and the names of people, are personal data: they stay out of exports and prints unless you ask for them.</source>
        <translation>Telefon, e-posta, adres ve kişi adları kişisel veridir: siz istemedikçe dışa aktarımlara ve çıktılara girmez.</translation>
    </message>
</context>
<context>
    <name>geisep::StakeholdersDialog</name>
    <message>
        <source>Governorship (valilik)</source>
        <translation>Valilik</translation>
    </message>
    <message>
        <source>Municipality (belediye)</source>
        <translation>Belediye</translation>
    </message>
    <message>
        <source>Ministry or central body</source>
        <translation>Bakanlık ya da merkezi kurum</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Üniversite</translation>
    </message>
    <message>
        <source>Chamber of commerce or industry</source>
        <translation>Ticaret ya da sanayi odası</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Meslek kuruluşu</translation>
    </message>
    <message>
        <source>Trade or employers' union</source>
        <translation>İşçi ya da işveren sendikası</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>STK</translation>
    </message>
    <message>
        <source>City council (kent konseyi)</source>
        <translation>Kent konseyi</translation>
    </message>
    <message>
        <source>Muhtar</source>
        <translation>Muhtar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Stakeholder register</source>
        <translation>Paydaş kaydı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Unvan ya da görev</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Mahalle</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Contact details are personal data (KVKK): they stay in this project and out of exports and prints unless you ask.</source>
        <translation>İletişim bilgileri kişisel veridir (KVKK): bu projede kalır, siz istemedikçe dışa aktarımlara ve çıktılara girmez.</translation>
    </message>
    <message>
        <source>Remove "%1" from the register?</source>
        <translation>"%1" kayıttan çıkarılsın mı?</translation>
    </message>
    <message>
        <source>Add "%1" to the register</source>
        <translation>"%1" paydaşını kayda ekle</translation>
    </message>
    <message>
        <source>Edit "%1"</source>
        <translation>"%1" kaydını düzenle</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Kayıttan çıkar</translation>
    </message>
</context>
<context>
    <name>geisep::StartPage</name>
    <message>
        <source>GEİSEP Workbench</source>
        <translation>GEİSEP Workbench</translation>
    </message>
    <message>
        <source>Map where migrants have settled, what infrastructure reaches them and which muhtar district each area belongs to; link areas to the goals of the Strategic Action Plan for the Integration of Migration; print district maps and atlases.</source>
        <translation>Göçmenlerin nereye yerleştiğini, onlara hangi altyapının ulaştığını ve her alanın hangi muhtarlığa bağlı olduğunu haritada gösterin; alanları Göçün Entegrasyonu İçin Stratejik Eylem Planı'nın hedeflerine bağlayın; ilçe haritaları ve atlaslar yazdırın.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Yeni proje…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Proje aç…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Son projeler</translation>
    </message>
</context>
<context>
    <name>geisep::StyleDialog</name>
    <message>
        <source>Style of %1</source>
        <translation>%1 stili</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Tek simge</translation>
    </message>
    <message>
        <source>Categorized by a field</source>
        <translation>Bir alana göre kategorili</translation>
    </message>
    <message>
        <source>Graduated by a number</source>
        <translation>Bir sayıya göre kademeli</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Etiket yok</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sınıf</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Çizim</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Classes by</source>
        <translation>Sınıflandırma</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Sınıf sayısı</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Renk rampası</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Dolgu</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Çizgi</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>Çizgi kalınlığı</translation>
    </message>
    <message>
        <source>Symbol size</source>
        <translation>Simge boyutu</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Dolgu opaklığı</translation>
    </message>
    <message>
        <source>Labels and scale</source>
        <translation>Etiketler ve ölçek</translation>
    </message>
    <message>
        <source>Label with</source>
        <translation>Etiket alanı</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Etiket boyutu</translation>
    </message>
    <message>
        <source>Hide when zoomed out beyond</source>
        <translation>Şu ölçekten uzakta gizle</translation>
    </message>
    <message>
        <source>Hide when zoomed in beyond</source>
        <translation>Şu ölçekten yakında gizle</translation>
    </message>
    <message>
        <source>Legend preview</source>
        <translation>Lejant önizlemesi</translation>
    </message>
    <message>
        <source>This field has no numbers for this layer's features.</source>
        <translation>Bu alanda bu katmanın öğeleri için sayı yok.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Veri yok</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Renk seçin</translation>
    </message>
</context>
<context>
    <name>geisep::cli::Cli</name>
    <message>
        <source>Create a new project file.</source>
        <translation>Yeni bir proje dosyası oluşturur.</translation>
    </message>
    <message>
        <source>Show a project's name, CRS, schema version, layers and plan.</source>
        <translation>Projenin adını, koordinat referans sistemini, şema sürümünü, katmanlarını ve planını gösterir.</translation>
    </message>
    <message>
        <source>Check a project file: SQLite integrity, GeoPackage structure and plan references.</source>
        <translation>Proje dosyasını denetler: SQLite bütünlüğü, GeoPackage yapısı ve plan başvuruları.</translation>
    </message>
    <message>
        <source>Bring a layer into a project (GeoPackage, Shapefile, GeoJSON, KML, FlatGeobuf, CSV).</source>
        <translation>Projeye bir katman alır (GeoPackage, Shapefile, GeoJSON, KML, FlatGeobuf, CSV).</translation>
    </message>
    <message>
        <source>Write a project layer to .gpkg, .geojson, .shp or .csv.</source>
        <translation>Bir proje katmanını .gpkg, .geojson, .shp ya da .csv dosyasına yazar.</translation>
    </message>
    <message>
        <source>Build the sample project from the real data files.</source>
        <translation>Örnek projeyi gerçek veri dosyalarından oluşturur.</translation>
    </message>
    <message>
        <source>Draw the map to a PNG, exactly as the window shows it.</source>
        <translation>Haritayı, pencerede göründüğü gibi bir PNG dosyasına çizer.</translation>
    </message>
    <message>
        <source>plan export: write the plan with its linked areas to a CSV table.</source>
        <translation>plan export: planı bağlı alanlarıyla birlikte bir CSV tablosuna yaz.</translation>
    </message>
    <message>
        <source>analyze coverage | pressure | projection: run an analysis on an area layer and keep it in the project.</source>
        <translation>analyze coverage | pressure | projection: bir alan katmanında analiz yapar ve projede saklar.</translation>
    </message>
    <message>
        <source>Print a layout, or an atlas of one page per area, to PDF, PNG or SVG.</source>
        <translation>Bir sayfa düzenini ya da her alan için bir sayfalık bir atlası PDF, PNG veya SVG olarak yazdırır.</translation>
    </message>
    <message>
        <source>layer new: an empty layer with a role and its fields, to draw into; layer filter: use only the features an expression keeps.</source>
        <translation>layer new: içine çizmek için rolü ve alanlarıyla boş bir katman; layer filter: yalnızca bir ifadenin tuttuğu objeleri kullan.</translation>
    </message>
    <message>
        <source>Join per-area figures from a CSV table or an Excel or ODS workbook to an area layer.</source>
        <translation>Bir CSV tablosundaki ya da Excel veya ODS çalışma kitabındaki alan başına sayıları bir alan katmanına bağlar.</translation>
    </message>
    <message>
        <source>server init | add-member | members: the province's shared plan on PostgreSQL/PostGIS and the institutions that write to it.</source>
        <translation>server init | add-member | members: ilin PostgreSQL/PostGIS üzerindeki ortak planı ve ona yazan kurumlar.</translation>
    </message>
    <message>
        <source>Send a project's plan, areas, links and figures to the province's shared plan, as your institution, all or nothing.</source>
        <translation>Projenin planını, alanlarını, bağlantılarını ve verilerini kurumunuz adına ilin ortak planına gönderin; ya tamamı ya hiçbiri.</translation>
    </message>
    <message>
        <source>Bring the other institutions' goals, objectives and actions from the province's shared plan into a project, all or nothing.</source>
        <translation>Diğer kurumların hedef, amaç ve eylemlerini ilin ortak planından projeye getirir; ya hepsi ya hiçbiri.</translation>
    </message>
    <message>
        <source>List the rows changed both in a project and on the shared plan since the last sync (base, theirs, mine), or resolve one.</source>
        <translation>Son eşitlemeden bu yana hem projede hem ortak planda değişen satırları (önceki, onlarınki, benimki) listeler ya da birini çözer.</translation>
    </message>
</context>
<context>
    <name>geisep::pg::Connection</name>
    <message>
        <source>Out of memory while connecting to the server.</source>
        <translation>Sunucuya bağlanırken bellek yetmedi.</translation>
    </message>
    <message>
        <source>Could not connect to the province's server: %1</source>
        <translation>İlin sunucusuna bağlanılamadı: %1</translation>
    </message>
    <message>
        <source>Check the address, port, database and user, and that the server is running. The password comes from ~/.pgpass, a service file or PGPASSWORD, never from the project.</source>
        <translation>Adresi, bağlantı noktasını, veritabanını ve kullanıcıyı, sunucunun çalıştığını denetleyin. Parola ~/.pgpass dosyasından, bir servis dosyasından ya da PGPASSWORD'dan gelir, asla projeden gelmez.</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; the shared plan needs 12 or newer.</source>
        <translation>Sunucuda PostgreSQL %1 çalışıyor; ortak plan için 12 ya da daha yenisi gerekir.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Nothing of this step was kept on the server; try again when it is back.</source>
        <translation>Sunucuyla bağlantı koptu. Bu adımdan sunucuda hiçbir şey kalmadı; sunucu geri geldiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server refused a statement: %1</source>
        <translation>Sunucu bir komutu reddetti: %1</translation>
    </message>
    <message>
        <source>Could not hash the password</source>
        <translation>Parola özetlenemedi</translation>
    </message>
</context>
</TS>