<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>UnappliedChanges</name>
    <message>
        <source>Unapplied Changes</source>
        <translation>Cambios sin aplicar</translation>
    </message>
    <message>
        <source>Apply the changes to %1?</source>
        <translation>¿Desea aplicar los cambios a %1?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>focal::AgendaTable</name>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>A new agenda item</source>
        <translation>Nuevo punto de la agenda</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>A duration is a number of minutes, e.g. 20.</source>
        <translation>La duración se indica en minutos, p. ej., 20.</translation>
    </message>
</context>
<context>
    <name>focal::AgreementsEditor</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was agreed or decided</source>
        <translation>Lo que se acordó o decidió</translation>
    </message>
    <message>
        <source>Add a&amp;greement</source>
        <translation>Agregar &amp;acuerdo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>It is a &amp;commitment</source>
        <translation>Es un &amp;compromiso</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Aplica&amp;r</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Responsible &amp;country:</source>
        <translation>&amp;País responsable:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>Acció&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Pla&amp;zo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Serves plan &amp;item:</source>
        <translation>Vinculado al e&amp;lemento del plan:</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;ocumento:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>The due date is not a deadline: %1</source>
        <translation>El plazo no es válido: %1</translation>
    </message>
</context>
<context>
    <name>focal::AreaForm</name>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Name (&amp;Spanish):</source>
        <translation>Nombre (&amp;español):</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Name (&amp;Portuguese):</source>
        <translation>Nombre (&amp;portugués):</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nombre en portugués</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Nombre (&amp;inglés):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>The Spanish name is required.</source>
        <translation>El nombre en español es obligatorio.</translation>
    </message>
    <message>
        <source>Edit thematic area %1</source>
        <translation>Editar área temática %1</translation>
    </message>
</context>
<context>
    <name>focal::CalendarExport</name>
    <message>
        <source>Export to a Calendar</source>
        <translation>Exportar a un calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>This meeting has no date yet, so it cannot go into a calendar.</source>
        <translation>Esta reunión todavía no tiene fecha, por lo que no puede agregarse a un calendario.</translation>
    </message>
    <message>
        <source>meeting-%1.ics</source>
        <translation>reunion-%1.ics</translation>
    </message>
    <message>
        <source>There are no meetings from %1 on to export.</source>
        <translation>No hay reuniones a partir del %1 para exportar.</translation>
    </message>
    <message>
        <source>upcoming-meetings.ics</source>
        <translation>proximas-reuniones.ics</translation>
    </message>
</context>
<context>
    <name>focal::CarryOver</name>
    <message>
        <source>&quot;%1&quot; is not a meeting of a working group: it has no commitments to follow up.</source>
        <translation>&quot;%1&quot; no es una reunión de un grupo de trabajo: no tiene compromisos a los que dar seguimiento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no date: which meetings came before it is not known.</source>
        <translation>&quot;%1&quot; no tiene fecha: no se sabe qué reuniones la precedieron.</translation>
    </message>
</context>
<context>
    <name>focal::ChangeSequence</name>
    <message>
        <source>The database file is damaged.</source>
        <translation>El archivo de la base de datos está dañado.</translation>
    </message>
</context>
<context>
    <name>focal::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>El archivo está dañado: %1</translation>
    </message>
    <message>
        <source>A record of %1 refers to a missing record of %2.</source>
        <translation>Un registro de %1 hace referencia a un registro inexistente de %2.</translation>
    </message>
    <message>
        <source>Subgroup %1 &quot;%2&quot; of %3</source>
        <translation>Subgrupo %1 &quot;%2&quot; de %3</translation>
    </message>
    <message>
        <source>%1 has no leader country.</source>
        <translation>%1 no tiene país líder.</translation>
    </message>
    <message>
        <source>%1 lists its leader country among its members.</source>
        <translation>%1 incluye a su país líder entre sus países integrantes.</translation>
    </message>
    <message>
        <source>%1 has %2 countries; the forum asks for three or more.</source>
        <translation>%1 tiene %2 países; el foro exige tres o más.</translation>
    </message>
    <message>
        <source>The plan item &quot;%1&quot; hangs under an item of another plan or under a product.</source>
        <translation>El elemento del plan &quot;%1&quot; depende de un elemento de otro plan o de un producto.</translation>
    </message>
    <message>
        <source>The commitment &quot;%1&quot; has no responsible country or status.</source>
        <translation>El compromiso &quot;%1&quot; no tiene país responsable ni estado.</translation>
    </message>
    <message>
        <source>%1 stores %2 as the last day of a deadline that is to be defined; the file was changed outside Focal.</source>
        <translation>%1 guarda %2 como último día de un plazo por definir; el archivo se modificó fuera de Focal.</translation>
    </message>
    <message>
        <source>%1 stores no last day for its deadline &quot;%2&quot;, which ends on %3; the file was changed outside Focal.</source>
        <translation>%1 no guarda el último día de su plazo &quot;%2&quot;, que termina el %3; el archivo se modificó fuera de Focal.</translation>
    </message>
    <message>
        <source>%1 stores %2 as the last day of its deadline, but &quot;%3&quot; ends on %4; the file was changed outside Focal.</source>
        <translation>%1 guarda %2 como último día de su plazo, pero &quot;%3&quot; termina el %4; el archivo se modificó fuera de Focal.</translation>
    </message>
    <message>
        <source>The plan item &quot;%1&quot;</source>
        <translation>El elemento del plan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot;</source>
        <translation>El acuerdo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The record %1 of %2 has change clocks that cannot be read; the file was changed outside Focal.</source>
        <translation>El registro %1 de %2 tiene relojes de cambios que no se pueden leer; el archivo se modificó fuera de Focal.</translation>
    </message>
</context>
<context>
    <name>focal::Cli</name>
    <message>
        <source>Run &quot;focal-cli --help&quot; for the commands.</source>
        <translation>Ejecute &quot;focal-cli --help&quot; para ver los comandos.</translation>
    </message>
    <message>
        <source>Created an empty database at %1.</source>
        <translation>Se creó una base de datos vacía en %1.</translation>
    </message>
    <message>
        <source>Created %1 with the PROSUR default data.</source>
        <translation>Se creó %1 con los datos iniciales de PROSUR.</translation>
    </message>
    <message>
        <source>Database:      %1</source>
        <translation>Base de datos:     %1</translation>
    </message>
    <message>
        <source>Size:          %1 bytes</source>
        <translation>Tamaño:            %1 bytes</translation>
    </message>
    <message>
        <source>Data version:  %1</source>
        <translation>Versión de datos:  %1</translation>
    </message>
    <message>
        <source>Site:          %1</source>
        <translation>Instalación:       %1</translation>
    </message>
    <message>
        <source>Author:        %1</source>
        <translation>Autor:             %1</translation>
    </message>
    <message>
        <source>Default data:  %1</source>
        <translation>Datos iniciales:   %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation>Indique qué listar: %1.</translation>
    </message>
    <message>
        <source>There is no list of &quot;%1&quot;; choose one of: %2.</source>
        <translation>No existe la lista &quot;%1&quot;; elija una de: %2.</translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation>Indique qué buscar.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>La base de datos está en buen estado.</translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation>Usar la base de datos ubicada en RUTA.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Imprimir JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>With init: create the database without the default data.</source>
        <translation>Con init: crear la base de datos sin los datos iniciales.</translation>
    </message>
    <message>
        <source>Print technical details of errors.</source>
        <translation>Imprimir los detalles técnicos de los errores.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que se ejecutará.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Say which command to run.</source>
        <translation>Indique qué comando ejecutar.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation>Demasiados argumentos para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;plan list&quot;.</source>
        <translation>Demasiados argumentos para &quot;plan list&quot;.</translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2021.</source>
        <translation>--year necesita un año, p. ej., 2021.</translation>
    </message>
    <message>
        <source>No plans.</source>
        <translation>No hay planes.</translation>
    </message>
    <message>
        <source>Say what to do with plans: list, export or import.</source>
        <translation>Indique qué hacer con los planes: list, export o import.</translation>
    </message>
    <message>
        <source>Unknown plan command &quot;%1&quot;; use list, export or import.</source>
        <translation>Comando de planes desconocido: &quot;%1&quot;; use list, export o import.</translation>
    </message>
    <message>
        <source>Say which plan: its UUID, GROUP/sectoral, GROUP/YEAR or GROUP/SUBGROUP/YEAR (see &quot;focal-cli plan list&quot;).</source>
        <translation>Indique qué plan: su UUID, GRUPO/sectoral, GRUPO/AÑO o GRUPO/SUBGRUPO/AÑO (vea &quot;focal-cli plan list&quot;).</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;plan %1&quot;.</source>
        <translation>Demasiados argumentos para &quot;plan %1&quot;.</translation>
    </message>
    <message>
        <source>&quot;plan %1&quot; needs --csv FILE.</source>
        <translation>&quot;plan %1&quot; necesita --csv ARCHIVO.</translation>
    </message>
    <message>
        <source>Say what to do with meetings: ics.</source>
        <translation>Indique qué hacer con las reuniones: ics.</translation>
    </message>
    <message>
        <source>Unknown meetings command &quot;%1&quot;; use ics.</source>
        <translation>Comando de reuniones desconocido: &quot;%1&quot;; use ics.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;meetings ics&quot;.</source>
        <translation>Demasiados argumentos para &quot;meetings ics&quot;.</translation>
    </message>
    <message>
        <source>&quot;meetings ics&quot; needs -o FILE.ics.</source>
        <translation>&quot;meetings ics&quot; necesita -o ARCHIVO.ics.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today necesita una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;commitments&quot;.</source>
        <translation>Demasiados argumentos para &quot;commitments&quot;.</translation>
    </message>
    <message>
        <source>--status needs one of: %1.</source>
        <translation>--status necesita uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>No commitments.</source>
        <translation>No hay compromisos.</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>With plan list: only the plans of year Y.</source>
        <translation>Con plan list: solo los planes del año A.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <source>With plan export and import: the CSV file.</source>
        <translation>Con plan export e import: el archivo CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>With plan import: replace the plan&apos;s items instead of adding to them.</source>
        <translation>Con plan import: reemplazar los elementos del plan en lugar de agregarles otros.</translation>
    </message>
    <message>
        <source>With meetings ics: only meetings from today on.</source>
        <translation>Con meetings ics: solo las reuniones a partir de hoy.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>P</translation>
    </message>
    <message>
        <source>With commitments: only those in status S (open, done, dropped).</source>
        <translation>Con commitments: solo los que están en el estado E (open, done, dropped).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>E</translation>
    </message>
    <message>
        <source>With commitments: only open ones past their deadline.</source>
        <translation>Con commitments: solo los pendientes cuyo plazo ya venció.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>With commitments, meetings ics and report: take DATE as today (YYYY-MM-DD).</source>
        <translation>Con commitments, meetings ics y report: tomar FECHA como la fecha de hoy (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Focal&apos;s command-line tool for the PROSUR workbench.

Commands:
  init                 create a new database with the PROSUR default data
  info                 show the database&apos;s file, version, site and contents
  list KIND            list %1
  search TEXT          full-text search (case and accents do not matter)
  check                check integrity, links and the forum&apos;s rules
  plan list            list the plans [--group G] [--year Y] [--json]
  plan export PLAN     write a plan to --csv FILE (UTF-8, Excel and LibreOffice)
  plan import PLAN     add the rows of --csv FILE to a plan [--replace]
                       (PLAN: UUID, GROUP/sectoral, GROUP/YEAR, GROUP/SUBGROUP/YEAR)
  meetings ics         write the meetings to -o FILE.ics (iCalendar)
                       [--upcoming] [--group G] [--today YYYY-MM-DD]
  commitments          the commitments tracker [--country C] [--status S]
                       [--overdue] [--group G] [--today YYYY-MM-DD] [--json]
%2%3
Exit codes: 0 success, 1 failure or problems found, 2 wrong usage, 3 package refused
(malformed, altered, newer format; nothing written), 4 conflicts wait to be settled.</source>
        <translation>Herramienta de línea de comandos de Focal, el entorno de trabajo de PROSUR.

Comandos:
  init                 crea una base de datos nueva con los datos iniciales de PROSUR
  info                 muestra el archivo, la versión, la instalación y el contenido de la base de datos
  list TIPO            lista %1
  search TEXTO         búsqueda de texto completo (sin distinguir mayúsculas ni acentos)
  check                verifica la integridad, los vínculos y las reglas del foro
  plan list            lista los planes [--group G] [--year A] [--json]
  plan export PLAN     escribe un plan en --csv ARCHIVO (UTF-8, Excel y LibreOffice)
  plan import PLAN     agrega las filas de --csv ARCHIVO a un plan [--replace]
                       (PLAN: UUID, GRUPO/sectoral, GRUPO/AÑO, GRUPO/SUBGRUPO/AÑO)
  meetings ics         escribe las reuniones en -o ARCHIVO.ics (iCalendar)
                       [--upcoming] [--group G] [--today AAAA-MM-DD]
  commitments          el seguimiento de compromisos [--country P] [--status E]
                       [--overdue] [--group G] [--today AAAA-MM-DD] [--json]
%2%3
Códigos de salida: 0 éxito, 1 error o problemas encontrados, 2 uso incorrecto, 3 paquete rechazado
(mal formado, alterado, formato más reciente; no se escribió nada), 4 hay conflictos pendientes de resolver.</translation>
    </message>
    <message>
        <source>With plan list, meetings ics, commitments, report and package export: working group G (short name or UUID).</source>
        <translation>Con plan list, meetings ics, commitments, report y package export: el grupo de trabajo G (nombre corto o UUID).</translation>
    </message>
    <message>
        <source>With meetings ics, report and package export: the file to write.</source>
        <translation>Con meetings ics, report y package export: el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>With commitments and site: country C (ISO code or name).</source>
        <translation>Con commitments y site: el país P (código ISO o nombre).</translation>
    </message>
</context>
<context>
    <name>focal::Commitments</name>
    <message>
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
    <message>
        <source>A stored commitment cannot be read; run &quot;focal-cli check&quot;.</source>
        <translation>No se puede leer un compromiso guardado; ejecute &quot;focal-cli check&quot;.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Due (code)</source>
        <translation>Plazo (código)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Elemento del plan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Meeting UUID</source>
        <translation>UUID de la reunión</translation>
    </message>
</context>
<context>
    <name>focal::CommitmentsModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencido</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>focal::CommitmentsView</name>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Commitments by &amp;country and status:</source>
        <translation>Compromisos por p&amp;aís y estado:</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>The commitments could not be shown: %1</source>
        <translation>No se pudieron mostrar los compromisos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s), %1 overdue, as of %2.</source>
        <translation>
            <numerusform>%n compromiso, %1 vencido, al %2.</numerusform>
            <numerusform>%n compromisos, %1 vencidos, al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencidos</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>focal::ConflictStore</name>
    <message>
        <source>A stored conflict cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation>No se puede leer un conflicto guardado; ejecute &quot;focal-cli check&quot; en esta base de datos.</translation>
    </message>
</context>
<context>
    <name>focal::Conflicts</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>El registro ya no existe; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>A stored conflict cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation>No se puede leer un conflicto guardado; ejecute &quot;focal-cli check&quot; en esta base de datos.</translation>
    </message>
    <message>
        <source>The record still has the same name or code as one here: change or delete that one first.</source>
        <translation>El registro todavía tiene el mismo nombre o código que uno de esta base de datos: primero modifique o elimine ese registro.</translation>
    </message>
    <message>
        <source>This conflict has been settled already.</source>
        <translation>Este conflicto ya se resolvió.</translation>
    </message>
</context>
<context>
    <name>focal::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>These values were changed both here and by the focal point who sent them. Until you choose, the value here stays.</source>
        <translation>Estos valores se modificaron tanto aquí como por el punto focal que los envió. Hasta que usted elija, se mantiene el valor de aquí.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>No conflicts: everything received has been merged.</source>
        <translation>No hay conflictos: todo lo recibido se ha combinado.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <source>Keep the value here for the selected conflicts</source>
        <translation>Conservar el valor de aquí para los conflictos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tomar el recibido</translation>
    </message>
    <message>
        <source>Take the incoming value for the selected conflicts</source>
        <translation>Tomar el valor recibido para los conflictos seleccionados</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>No se pudieron leer los conflictos: %1</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>El registro completo</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>as it is here</source>
        <translation>tal como está aquí</translation>
    </message>
    <message>
        <source>as they have it</source>
        <translation>tal como lo tienen allá</translation>
    </message>
    <message>
        <source>The conflict could not be settled: %1</source>
        <translation>No se pudo resolver el conflicto: %1</translation>
    </message>
</context>
<context>
    <name>focal::CountryForm</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation>Código &amp;ISO:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-2 code</source>
        <translation>Código ISO 3166 alfa-2</translation>
    </message>
    <message>
        <source>Name (&amp;Spanish):</source>
        <translation>Nombre (&amp;español):</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Name (&amp;Portuguese):</source>
        <translation>Nombre (&amp;portugués):</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nombre en portugués</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Nombre (i&amp;nglés):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>The ISO code is required.</source>
        <translation>El código ISO es obligatorio.</translation>
    </message>
    <message>
        <source>The ISO code is two capital letters, like CL.</source>
        <translation>El código ISO consta de dos letras mayúsculas, como CL.</translation>
    </message>
    <message>
        <source>Another country already has the code %1.</source>
        <translation>Otro país ya tiene el código %1.</translation>
    </message>
    <message>
        <source>The Spanish name is required.</source>
        <translation>El nombre en español es obligatorio.</translation>
    </message>
    <message>
        <source>Edit country %1</source>
        <translation>Editar país %1</translation>
    </message>
</context>
<context>
    <name>focal::Csv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a quote is missing).</source>
        <translation>un campo entre comillas nunca se cierra (falta una comilla).</translation>
    </message>
    <message>
        <source>there is text after the closing quote of a field (a quote inside a field must be doubled).</source>
        <translation>hay texto después de la comilla de cierre de un campo (una comilla dentro de un campo debe ir duplicada).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the first row has %1.</source>
        <translation>
            <numerusform>%n campo, cuando la primera fila tiene %1.</numerusform>
            <numerusform>%n campos, cuando la primera fila tiene %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is too large (%1 MB); at most %2 MB can be read.</source>
        <translation>El texto es demasiado grande (%1 MB); se pueden leer como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The text is not UTF-8. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>El texto no está en UTF-8. Guárdelo como &quot;CSV UTF-8&quot; e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); at most %3 MB can be read.</source>
        <translation>%1 es demasiado grande (%2 MB); se pueden leer como máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>focal::Dashboard</name>
    <message>
        <source>A stored deadline cannot be read; run &quot;focal-cli check&quot;.</source>
        <translation>No se puede leer un plazo guardado; ejecute &quot;focal-cli check&quot;.</translation>
    </message>
</context>
<context>
    <name>focal::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 already exists; Focal does not overwrite it.</source>
        <translation>%1 ya existe; Focal no lo sobrescribe.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>No se puede leer %1: revise sus permisos.</translation>
    </message>
    <message>
        <source>%1 is not a Focal database; it was left untouched.</source>
        <translation>%1 no es una base de datos de Focal; no se modificó.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Focal cannot create a database in %1: the folder is read-only.</source>
        <translation>Focal no puede crear una base de datos en %1: la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; reinstall Focal.</source>
        <translation>Falta el controlador SQLite de Qt; reinstale Focal.</translation>
    </message>
    <message>
        <source>Focal could not open %1.</source>
        <translation>Focal no pudo abrir %1.</translation>
    </message>
    <message>
        <source>Focal could not create %1: check that the folder is writable and the disk is not full.</source>
        <translation>Focal no pudo crear %1: verifique que se pueda escribir en la carpeta y que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <source>Focal could not read %1.</source>
        <translation>Focal no pudo leer %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Focal (data version %2; this version reads up to %3). Update Focal to open it; the file was left untouched.</source>
        <translation>%1 fue escrito por una versión más reciente de Focal (versión de datos %2; esta versión lee hasta la %3). Actualice Focal para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Focal cannot write to %1: the file or its folder is read-only.</source>
        <translation>Focal no puede escribir en %1: el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <source>Focal needs to update %1 but could not keep a backup copy first; nothing was changed.</source>
        <translation>Focal necesita actualizar %1, pero antes no pudo guardar una copia de seguridad; no se modificó nada.</translation>
    </message>
    <message>
        <source>Updating the database to data version %1 failed; it was left as it was.</source>
        <translation>Falló la actualización de la base de datos a la versión de datos %1; quedó como estaba.</translation>
    </message>
    <message>
        <source>The database is being changed by another Focal window or program. Try again in a moment.</source>
        <translation>Otra ventana de Focal u otro programa está modificando la base de datos. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The database file could not be written: the disk may be full or the file read-only. Nothing was changed.</source>
        <translation>No se pudo escribir el archivo de la base de datos: puede que el disco esté lleno o que el archivo sea de solo lectura. No se modificó nada.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>El archivo de la base de datos está dañado.</translation>
    </message>
    <message>
        <source>This change would break the data (a required link, or a duplicate); it was not made.</source>
        <translation>Este cambio dañaría los datos (un vínculo obligatorio o un duplicado); no se realizó.</translation>
    </message>
    <message>
        <source>A value is too large or of the wrong kind; the change was not made.</source>
        <translation>Un valor es demasiado grande o de un tipo incorrecto; no se realizó el cambio.</translation>
    </message>
    <message>
        <source>The database reported an error; the change was not made.</source>
        <translation>La base de datos informó un error; no se realizó el cambio.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy.</source>
        <translation>%1 ya existe; elija otro nombre para la copia.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>No se pudo escribir la copia en %1.</translation>
    </message>
    <message>
        <source>Internal error: no transaction to commit.</source>
        <translation>Error interno: no hay ninguna transacción que confirmar.</translation>
    </message>
</context>
<context>
    <name>focal::DatabaseFile</name>
    <message>
        <source>Focal could not create its data folder %1.</source>
        <translation>Focal no pudo crear su carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>focal::Deadline</name>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>sexto</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>séptimo</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>octavo</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>noveno</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>décimo</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>No se esperaba &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, month, period or year that Focal understands.</source>
        <translation>&quot;%1&quot; no es una fecha, un mes, un período ni un año que Focal entienda.</translation>
    </message>
    <message>
        <source>A deadline that is still to be defined cannot be combined with dates or periods.</source>
        <translation>Un plazo por definir no puede combinarse con fechas ni períodos.</translation>
    </message>
    <message>
        <source>Only months can form a range, as in &quot;Oct – dic 2020&quot;.</source>
        <translation>Solo los meses pueden formar un rango, como en &quot;Oct – dic 2020&quot;.</translation>
    </message>
    <message>
        <source>Something is missing after &quot;%1&quot;.</source>
        <translation>Falta algo después de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by a bimester, quarter or semester.</source>
        <translation>&quot;%1&quot; debe ir seguido de bimestre, trimestre o semestre.</translation>
    </message>
    <message>
        <source>An ordinal such as &quot;primer&quot;, &quot;2do&quot; or &quot;first&quot; is missing before &quot;%1&quot;.</source>
        <translation>Falta un ordinal, como &quot;primer&quot;, &quot;2do&quot; o &quot;first&quot;, antes de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no %1 bimester: a year has six bimesters.</source>
        <translation>No existe un %1 bimestre: un año tiene seis bimestres.</translation>
    </message>
    <message>
        <source>There is no %1 quarter: a year has four quarters.</source>
        <translation>No existe un %1 trimestre: un año tiene cuatro trimestres.</translation>
    </message>
    <message>
        <source>There is no %1 semester: a year has two semesters.</source>
        <translation>No existe un %1 semestre: un año tiene dos semestres.</translation>
    </message>
    <message>
        <source>A year is missing after &quot;%1&quot;.</source>
        <translation>Falta el año después de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>El rango termina antes de comenzar.</translation>
    </message>
    <message>
        <source>There is no month %1: a year has twelve months.</source>
        <translation>No existe el mes %1: un año tiene doce meses.</translation>
    </message>
    <message>
        <source>Unknown month &quot;%1&quot;.</source>
        <translation>Mes desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A month is missing after &quot;%1&quot;.</source>
        <translation>Falta un mes después de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write day, month and year, as in 15.03.2021.</source>
        <translation>&quot;%1&quot; no es una fecha: escriba día, mes y año, como en 15.03.2021.</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a date.</source>
        <translation>%1 de %2 de %3 no es una fecha.</translation>
    </message>
    <message>
        <source>%1 is not a valid year: write four digits from %2 to %3.</source>
        <translation>%1 no es un año válido: escriba cuatro dígitos, de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>focal::DeadlineEdit</name>
    <message>
        <source>e.g. Primer bimestre 2021, oct - dic 2020, Por definir</source>
        <translation>p. ej., Primer bimestre 2021, oct - dic 2020, Por definir</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the deadline from a list of periods</source>
        <translation>Elegir el plazo en una lista de períodos</translation>
    </message>
    <message>
        <source>Choose deadline</source>
        <translation>Elegir plazo</translation>
    </message>
    <message>
        <source>%1: no date yet</source>
        <translation>%1: todavía sin fecha</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>✗ Not a deadline: %1</source>
        <translation>✗ No es un plazo válido: %1</translation>
    </message>
</context>
<context>
    <name>focal::DeadlinePicker</name>
    <message>
        <source>Choose a Deadline</source>
        <translation>Elegir un plazo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Bimester</source>
        <translation>Bimestre</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Month range</source>
        <translation>Rango de meses</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <source>To be defined</source>
        <translation>Por definir</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Will be written:</source>
        <translation>Se escribirá:</translation>
    </message>
    <message>
        <source>Bimester %1 (%2)</source>
        <translation>Bimestre %1 (%2)</translation>
    </message>
    <message>
        <source>Quarter %1 (%2)</source>
        <translation>Trimestre %1 (%2)</translation>
    </message>
    <message>
        <source>Semester %1 (%2)</source>
        <translation>Semestre %1 (%2)</translation>
    </message>
    <message>
        <source>(the range ends before it starts)</source>
        <translation>(el rango termina antes de comenzar)</translation>
    </message>
</context>
<context>
    <name>focal::DefaultData</name>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Falta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; debe ser texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no %2 defined before it.</source>
        <translation>&quot;%1&quot; no corresponde a ningún registro de tipo %2 definido antes.</translation>
    </message>
    <message>
        <source>A %1 has no key.</source>
        <translation>Un registro de tipo %1 no tiene clave.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice.</source>
        <translation>La clave &quot;%1&quot; se usa dos veces.</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is not understood: %2</source>
        <translation>No se entiende el plazo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; no es uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>&quot;start_time&quot; is not a time (HH:MM): %1</source>
        <translation>&quot;start_time&quot; no es una hora (HH:MM): %1</translation>
    </message>
    <message>
        <source>This is not a Focal default data file.</source>
        <translation>Este no es un archivo de datos iniciales de Focal.</translation>
    </message>
    <message>
        <source>Unknown version of the default data format.</source>
        <translation>Versión desconocida del formato de los datos iniciales.</translation>
    </message>
    <message>
        <source>The default data is missing from this build.</source>
        <translation>Esta compilación no incluye los datos iniciales.</translation>
    </message>
    <message>
        <source>The default data cannot be read: %1 at character %2.</source>
        <translation>No se pueden leer los datos iniciales: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The default data is invalid at %1: %2</source>
        <translation>Los datos iniciales no son válidos en %1: %2</translation>
    </message>
    <message>
        <source>&quot;date&quot; is missing.</source>
        <translation>Falta &quot;date&quot;.</translation>
    </message>
    <message>
        <source>A plan that is %1 cannot become %2.</source>
        <translation>Un plan en estado &quot;%1&quot; no puede pasar a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The events must be in the order of their dates.</source>
        <translation>Los eventos deben estar en el orden de sus fechas.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is missing.</source>
        <translation>Falta &quot;recipient&quot;.</translation>
    </message>
    <message>
        <source>&quot;note&quot; is missing: a reopening says why.</source>
        <translation>Falta &quot;note&quot;: una reapertura debe indicar el motivo.</translation>
    </message>
    <message>
        <source>The plan is %1 but its last event makes it %2.</source>
        <translation>El plan está en estado &quot;%1&quot;, pero su último evento lo deja en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; must be more than zero.</source>
        <translation>&quot;minutes&quot; debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Unknown kind of report text: %1</source>
        <translation>Tipo de texto de informe desconocido: %1</translation>
    </message>
</context>
<context>
    <name>focal::DetailsHtml</name>
    <message>
        <source>There is no record to show.</source>
        <translation>No hay ningún registro que mostrar.</translation>
    </message>
    <message>
        <source>This record could not be read. %1</source>
        <translation>No se pudo leer este registro. %1</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>país desconocido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Founded by</source>
        <translation>Fundado por</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Fundado el</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Member countries</source>
        <translation>Países miembros</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source>Pro tempore presidency</source>
        <translation>Presidencia Pro Tempore</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>No working group yet.</source>
        <translation>Todavía no hay ningún grupo de trabajo.</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Todavía no registrado.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation>Países participantes</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay ninguno registrado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institutions by country (Annex 1)</source>
        <translation>Instituciones por país (Anexo 1)</translation>
    </message>
    <message>
        <source>%1. %2 — led by %3</source>
        <translation>%1. %2 — liderado por %3</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <source>Subgroup %1: %2</source>
        <translation>Subgrupo %1: %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Leader country</source>
        <translation>País líder</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Warning: the forum asks for at least %1 countries in a subgroup, leader included; this one has %2.</source>
        <translation>Advertencia: el foro exige al menos %1 países en un subgrupo, incluido el líder; este tiene %2.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Countries recorded: %1.</source>
        <translation>Países registrados: %1.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>ISO 3166-1 codes</source>
        <translation>Códigos ISO 3166-1</translation>
    </message>
    <message>
        <source>Alpha-2</source>
        <translation>Alfa-2</translation>
    </message>
    <message>
        <source>Alpha-3</source>
        <translation>Alfa-3</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérico</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>focal::DetailsView</name>
    <message>
        <source>Details of the selected item</source>
        <translation>Detalles del elemento seleccionado</translation>
    </message>
    <message>
        <source>The home page could not be shown: %1</source>
        <translation>No se pudo mostrar la página de inicio: %1</translation>
    </message>
    <message>
        <source>Select an item of the forum to see its details.</source>
        <translation>Seleccione un elemento del foro para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>focal::Enums</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>took part initially</source>
        <translation>participó inicialmente</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>ministerio</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretaría</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agencia</translation>
    </message>
    <message>
        <source>police</source>
        <translation>policía</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>apoyo técnico</translation>
    </message>
    <message>
        <source>national coordination</source>
        <translation>coordinación nacional</translation>
    </message>
    <message>
        <source>pro tempore presidency</source>
        <translation>Presidencia Pro Tempore</translation>
    </message>
    <message>
        <source>national coordinator</source>
        <translation>coordinador nacional</translation>
    </message>
    <message>
        <source>focal point</source>
        <translation>punto focal</translation>
    </message>
    <message>
        <source>sector coordinator</source>
        <translation>coordinador sectorial</translation>
    </message>
    <message>
        <source>subgroup leader</source>
        <translation>líder de subgrupo</translation>
    </message>
    <message>
        <source>videoconference</source>
        <translation>videoconferencia</translation>
    </message>
    <message>
        <source>in-person workshop</source>
        <translation>taller presencial</translation>
    </message>
    <message>
        <source>training</source>
        <translation>capacitación</translation>
    </message>
    <message>
        <source>exchange by e-mail</source>
        <translation>intercambio por correo electrónico</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>foro</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>grupo de trabajo</translation>
    </message>
    <message>
        <source>subgroup</source>
        <translation>subgrupo</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>circulated for comments</source>
        <translation>en circulación para comentarios</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>sectoral plan</source>
        <translation>plan sectorial</translation>
    </message>
    <message>
        <source>work plan proposal</source>
        <translation>propuesta de plan de trabajo</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>acta</translation>
    </message>
    <message>
        <source>sent for comments</source>
        <translation>enviado para comentarios</translation>
    </message>
    <message>
        <source>observations received</source>
        <translation>observaciones recibidas</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>annual work plan</source>
        <translation>plan de trabajo anual</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>reprogrammed</source>
        <translation>reprogramado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introducción</translation>
    </message>
    <message>
        <source>participating countries</source>
        <translation>países participantes</translation>
    </message>
    <message>
        <source>subgroups</source>
        <translation>subgrupos</translation>
    </message>
    <message>
        <source>impact of the pandemic</source>
        <translation>impacto de la pandemia</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>plan de trabajo</translation>
    </message>
</context>
<context>
    <name>focal::ExchangeActions</name>
    <message>
        <source>Focal packages (*.focalpkg)</source>
        <translation>Paquetes de Focal (*.focalpkg)</translation>
    </message>
    <message>
        <source>Export Pac&amp;kage…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <source>Write a package of records to send to other focal points</source>
        <translation>Generar un paquete de registros para enviar a otros puntos focales</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>I&amp;mportar paquete…</translation>
    </message>
    <message>
        <source>Merge a package received from another focal point</source>
        <translation>Combinar un paquete recibido de otro punto focal</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Site &amp;Identity…</source>
        <translation>&amp;Identidad de la instalación…</translation>
    </message>
    <message>
        <source>This installation&apos;s country and focal point</source>
        <translation>El país y el punto focal de esta instalación</translation>
    </message>
    <message>
        <source>Site identity</source>
        <translation>Identidad de la instalación</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Site identity not set</source>
        <translation>Identidad de la instalación no definida</translation>
    </message>
    <message>
        <source>Set this installation&apos;s country and focal point: every package you send carries them</source>
        <translation>Defina el país y el punto focal de esta instalación: todos los paquetes que envíe los llevan</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Conflictos (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait to be settled</source>
        <translation>
            <numerusform>%n conflicto pendiente de resolver</numerusform>
            <numerusform>%n conflictos pendientes de resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts wait to be settled</source>
        <translation>No hay conflictos pendientes de resolver</translation>
    </message>
    <message>
        <source>Site identity saved.</source>
        <translation>Se guardó la identidad de la instalación.</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>No se pudo generar el paquete: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 record(s), %3 deletion(s), %4 attachment(s), %5.</source>
        <translation>Se generó %1: %2 registro(s), %3 eliminación(es), %4 archivo(s) adjunto(s), %5.</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>%1 cannot be imported, and nothing was changed: %2</source>
        <translation>%1 no se puede importar y no se modificó nada: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The package could not be imported, and nothing was changed: %1</source>
        <translation>No se pudo importar el paquete y no se modificó nada: %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 in conflict. A copy of the database from before is at %5.</source>
        <translation>Importado: %1 agregados, %2 modificados, %3 eliminados, %4 en conflicto. Hay una copia de la base de datos anterior en %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision: View &gt; Conflicts shows them. Until you choose, the values here stay.</source>
        <translation>
            <numerusform>%n conflicto requiere su decisión: Ver &gt; Conflictos lo muestra. Hasta que usted elija, se mantienen los valores de aquí.</numerusform>
            <numerusform>%n conflictos requieren su decisión: Ver &gt; Conflictos los muestra. Hasta que usted elija, se mantienen los valores de aquí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::ExchangeText</name>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>both changed</source>
        <translation>modificado en ambos lados</translation>
    </message>
    <message>
        <source>deleted here, changed there</source>
        <translation>eliminado aquí, modificado allá</translation>
    </message>
    <message>
        <source>changed here, deleted there</source>
        <translation>modificado aquí, eliminado allá</translation>
    </message>
    <message>
        <source>added on both sides</source>
        <translation>agregado en ambos lados</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>país desconocido</translation>
    </message>
    <message>
        <source>an unnamed focal point</source>
        <translation>un punto focal sin nombre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>focal::ExportPackageDialog</name>
    <message>
        <source>Export Package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>Un grupo de trabajo</translation>
    </message>
    <message>
        <source>A plan</source>
        <translation>Un plan</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Una reunión</translation>
    </message>
    <message>
        <source>What changed since the last package to a country</source>
        <translation>Lo que cambió desde el último paquete enviado a un país</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>&amp;Grupo de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Choose the country the changes are for: the package holds what changed since the last package sent to it.</source>
        <translation>Elija el país al que van destinados los cambios: el paquete contiene lo que cambió desde el último paquete que se le envió.</translation>
    </message>
    <message>
        <source>Every record, and every deletion, of this database.</source>
        <translation>Todos los registros y todas las eliminaciones de esta base de datos.</translation>
    </message>
    <message>
        <source>What changed since the last package sent to this country (all of it when none was sent yet).</source>
        <translation>Lo que cambió desde el último paquete enviado a este país (todo, si todavía no se envió ninguno).</translation>
    </message>
    <message>
        <source>With the records it refers to, so that it can be imported anywhere.</source>
        <translation>Con los registros a los que hace referencia, para que se pueda importar en cualquier lugar.</translation>
    </message>
</context>
<context>
    <name>focal::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>Año del plan</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>PDF/&amp;A for archiving</source>
        <translation>PDF/A para arc&amp;hivo</translation>
    </message>
    <message>
        <source>Edit &amp;Introduction…</source>
        <translation>Editar i&amp;ntroducción…</translation>
    </message>
    <message>
        <source>Edit the introduction of the group&apos;s annual report</source>
        <translation>Editar la introducción del informe anual del grupo</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>&amp;Grupo de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Años:</translation>
    </message>
    <message>
        <source>Plans of &amp;year:</source>
        <translation>Planes del añ&amp;o:</translation>
    </message>
    <message>
        <source>Work &amp;plan:</source>
        <translation>&amp;Plan de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>All working groups</source>
        <translation>Todos los grupos de trabajo</translation>
    </message>
    <message>
        <source>Choose the working group of the report.</source>
        <translation>Elija el grupo de trabajo del informe.</translation>
    </message>
    <message>
        <source>Choose the work plan to print.</source>
        <translation>Elija el plan de trabajo que desea imprimir.</translation>
    </message>
    <message>
        <source>Choose the meeting whose minutes to print.</source>
        <translation>Elija la reunión cuya acta desea imprimir.</translation>
    </message>
</context>
<context>
    <name>focal::FileMenu</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Create a database, with the PROSUR data or empty</source>
        <translation>Crear una base de datos, con los datos de PROSUR o vacía</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open another Focal database</source>
        <translation>Abrir otra base de datos de Focal</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>Write a consistent copy of this database to a new file</source>
        <translation>Escribir una copia coherente de esta base de datos en un archivo nuevo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Focal databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Focal (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>%1 already exists. Focal never replaces a file with a new database: choose another name.</source>
        <translation>%1 ya existe. Focal nunca reemplaza un archivo por una base de datos nueva: elija otro nombre.</translation>
    </message>
    <message>
        <source>What should the new database contain?</source>
        <translation>¿Qué debe contener la nueva base de datos?</translation>
    </message>
    <message>
        <source>The PROSUR default data</source>
        <translation>Los datos iniciales de PROSUR</translation>
    </message>
    <message>
        <source>Nothing: an empty database</source>
        <translation>Nada: una base de datos vacía</translation>
    </message>
    <message>
        <source>Focal could not create the database %1.

%2</source>
        <translation>Focal no pudo crear la base de datos %1.

%2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Focal could not open the database %1.

%2</source>
        <translation>Focal no pudo abrir la base de datos %1.

%2</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>%1 already exists. Focal does not replace files with copies: choose another name.</source>
        <translation>%1 ya existe. Focal no reemplaza archivos con copias: elija otro nombre.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.

%2</source>
        <translation>No se pudo escribir la copia en %1.

%2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2 (no encontrada)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>focal::ForumTreeModel</name>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>focal::GroupCountriesEditor</name>
    <message>
        <source>Participating countries</source>
        <translation>Países participantes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>País que se agregará</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>&amp;Agregar país</translation>
    </message>
    <message>
        <source>Re&amp;move Country</source>
        <translation>&amp;Quitar país</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Estado de %1</translation>
    </message>
</context>
<context>
    <name>focal::HomeHtml</name>
    <message>
        <source>subgroup %1</source>
        <translation>subgrupo %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Al %1.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue plan deadlines (%n)</source>
        <translation>
            <numerusform>Plazo vencido de los planes (%n)</numerusform>
            <numerusform>Plazos vencidos de los planes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>Plazos en los próximos %1 días (%2)</translation>
    </message>
    <message>
        <source>No deadline is coming up.</source>
        <translation>No hay plazos próximos.</translation>
    </message>
    <message>
        <source>Deadlines by country</source>
        <translation>Plazos por país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Deadlines by subgroup</source>
        <translation>Plazos por subgrupo</translation>
    </message>
    <message>
        <source>Open commitments by country</source>
        <translation>Compromisos pendientes por país</translation>
    </message>
    <message>
        <source>No open commitment.</source>
        <translation>No hay compromisos pendientes.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>No hay reuniones previstas.</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Reuniones recientes</translation>
    </message>
    <message>
        <source>No meeting yet.</source>
        <translation>Todavía no hay reuniones.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the plan timeline)</source>
        <translation>
            <numerusform>… y %n más (vea el cronograma de los planes)</numerusform>
            <numerusform>… y %n más (vea el cronograma de los planes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 in the next %3 days</source>
        <translation>%1 vencidos, %2 en los próximos %3 días</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Vencidos (%1)</translation>
    </message>
    <message>
        <source>Coming up (%1)</source>
        <translation>Próximos (%1)</translation>
    </message>
</context>
<context>
    <name>focal::ICalendar</name>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; has no date, so it cannot go into a calendar.</source>
        <translation>La reunión &quot;%1&quot; no tiene fecha, por lo que no puede agregarse a un calendario.</translation>
    </message>
</context>
<context>
    <name>focal::ImportBackup</name>
    <message>
        <source>The copy of the database kept before importing could not be written, so nothing was imported: %1</source>
        <translation>No se pudo guardar la copia de la base de datos previa a la importación, por lo que no se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>focal::ImportPreviewDialog</name>
    <message>
        <source>Import Package</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n eliminación</numerusform>
            <numerusform>%n eliminaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everything in the package is already here.</source>
        <translation>No hay nada que modificar: todo lo que contiene el paquete ya está aquí.</translation>
    </message>
    <message>
        <source>Importing adds %1, changes %2 and deletes %3 record(s); %4 conflict(s) will wait for you to settle them; %5 already here.</source>
        <translation>La importación agrega %1, modifica %2 y elimina %3 registro(s); %4 conflicto(s) quedarán pendientes de que usted los resuelva; %5 ya están aquí.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Importing cannot be undone; Focal keeps a copy of the database before importing.</source>
        <translation>La importación no se puede deshacer; Focal guarda una copia de la base de datos antes de importar.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>focal::InstitutionForm</name>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the institution</source>
        <translation>Nombre de la institución</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>Edit institution %1</source>
        <translation>Editar institución %1</translation>
    </message>
</context>
<context>
    <name>focal::IntroductionDialog</name>
    <message>
        <source>Report Introduction — %1</source>
        <translation>Introducción del informe — %1</translation>
    </message>
    <message>
        <source>The &amp;introduction of the annual report, as plain text; leave a blank line between paragraphs. Leave it empty to let Focal write one from the data.</source>
        <translation>La &amp;introducción del informe anual, como texto sin formato; deje una línea en blanco entre párrafos. Déjela vacía para que Focal la redacte a partir de los datos.</translation>
    </message>
    <message>
        <source>Report introduction</source>
        <translation>Introducción del informe</translation>
    </message>
    <message>
        <source>Report Introduction</source>
        <translation>Introducción del informe</translation>
    </message>
</context>
<context>
    <name>focal::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>Usar el idioma del &amp;sistema (%1)</translation>
    </message>
</context>
<context>
    <name>focal::Listings</name>
    <message>
        <source>There is no list of &quot;%1&quot;; choose one of: %2.</source>
        <translation>No existe la lista &quot;%1&quot;; elija una de: %2.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Active countries</source>
        <translation>Países activos</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Fewer than three</source>
        <translation>Menos de tres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Líneas de acción</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nombre del país</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
</context>
<context>
    <name>focal::Lookup</name>
    <message>
        <source>There is no working group with the UUID %1.</source>
        <translation>No hay ningún grupo de trabajo con el UUID %1.</translation>
    </message>
    <message>
        <source>Say which working group: one of %1, or its UUID.</source>
        <translation>Indique qué grupo de trabajo: uno de %1, o su UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be several working groups: %2. Say which one.</source>
        <translation>&quot;%1&quot; podría corresponder a varios grupos de trabajo: %2. Indique cuál.</translation>
    </message>
    <message>
        <source>There is no working group &quot;%1&quot;; choose one of: %2.</source>
        <translation>No existe el grupo de trabajo &quot;%1&quot;; elija uno de: %2.</translation>
    </message>
    <message>
        <source>There is no plan with the UUID %1.</source>
        <translation>No hay ningún plan con el UUID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a plan. Write its UUID, GROUP/sectoral, GROUP/YEAR or GROUP/SUBGROUP/YEAR, e.g. seguridad/1/2021.</source>
        <translation>&quot;%1&quot; no designa un plan. Escriba su UUID, GRUPO/sectoral, GRUPO/AÑO o GRUPO/SUBGRUPO/AÑO, p. ej., seguridad/1/2021.</translation>
    </message>
    <message>
        <source>The working group %1 has no subgroup %2; its subgroups are: %3.</source>
        <translation>El grupo de trabajo %1 no tiene un subgrupo %2; sus subgrupos son: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several plans; use the UUID of one: %2.</source>
        <translation>&quot;%1&quot; designa varios planes; use el UUID de uno de ellos: %2.</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;. The plans of %2 are: %3.</source>
        <translation>No existe el plan &quot;%1&quot;. Los planes de %2 son: %3.</translation>
    </message>
</context>
<context>
    <name>focal::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>&lt;opened database&gt;</source>
        <translation>&lt;base de datos abierta&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>Se guardó una copia como %1</translation>
    </message>
    <message>
        <source>Focal — %1</source>
        <translation>Focal — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Focal</source>
        <translation>Focal</translation>
    </message>
    <message>
        <source>The change could not be made, and was taken off the undo history: %1</source>
        <translation>No se pudo realizar el cambio y se quitó del historial de deshacer: %1</translation>
    </message>
    <message>
        <source>Database Busy</source>
        <translation>Base de datos ocupada</translation>
    </message>
    <message>
        <source>Another program is changing the database, so the change could not be written yet. Try again?</source>
        <translation>Otro programa está modificando la base de datos, por lo que todavía no se pudo escribir el cambio. ¿Desea intentarlo de nuevo?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Forum structure</source>
        <translation>Estructura del foro</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Show the home page: deadlines, commitments and meetings</source>
        <translation>Mostrar la página de inicio: plazos, compromisos y reuniones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Focal</source>
        <translation>&amp;Acerca de Focal</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>The forum could not be read: %1</source>
        <translation>No se pudo leer el foro: %1</translation>
    </message>
    <message>
        <source>About Focal</source>
        <translation>Acerca de Focal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Focal %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for the national focal points of PROSUR: the forum&apos;s working groups, subgroups, meetings, commitments and plans, kept in one database per person.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Focal %1&lt;/h3&gt;&lt;p&gt;Una herramienta de escritorio para los puntos focales nacionales de PROSUR: los grupos de trabajo, subgrupos, reuniones, compromisos y planes del foro, en una base de datos por persona.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planes</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
</context>
<context>
    <name>focal::MeetingActions</name>
    <message>
        <source>New Meeting: %1</source>
        <translation>Nueva reunión: %1</translation>
    </message>
    <message>
        <source>A new meeting of the current group or subgroup, with the template&apos;s agenda</source>
        <translation>Una nueva reunión del grupo o subgrupo actual, con la agenda de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Duplicate Meeting</source>
        <translation>&amp;Duplicar reunión</translation>
    </message>
    <message>
        <source>&amp;Circulate Minutes for Comments</source>
        <translation>E&amp;nviar el acta para comentarios</translation>
    </message>
    <message>
        <source>&amp;Approve Minutes</source>
        <translation>&amp;Aprobar el acta</translation>
    </message>
    <message>
        <source>&amp;Lock Minutes</source>
        <translation>&amp;Bloquear el acta</translation>
    </message>
    <message>
        <source>&amp;Reopen Minutes…</source>
        <translation>&amp;Reabrir el acta…</translation>
    </message>
    <message>
        <source>Carry Open &amp;Commitments into the Agenda</source>
        <translation>Incorporar los &amp;compromisos pendientes a la agenda</translation>
    </message>
    <message>
        <source>&amp;Export Meeting to a Calendar…</source>
        <translation>&amp;Exportar la reunión a un calendario…</translation>
    </message>
    <message>
        <source>Export &amp;Upcoming Meetings to a Calendar…</source>
        <translation>Exportar las &amp;próximas reuniones a un calendario…</translation>
    </message>
    <message>
        <source>Meeting &amp;Log</source>
        <translation>&amp;Listado de reuniones</translation>
    </message>
    <message>
        <source>Commitments &amp;Tracker</source>
        <translation>&amp;Seguimiento de compromisos</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Duplicate Meeting</source>
        <translation>Duplicar reunión</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Carry Open Commitments</source>
        <translation>Incorporar compromisos pendientes</translation>
    </message>
    <message>
        <source>No open commitment of earlier meetings is missing from this meeting&apos;s agenda.</source>
        <translation>Todos los compromisos pendientes de reuniones anteriores ya figuran en la agenda de esta reunión.</translation>
    </message>
    <message>
        <source>Meeting Log</source>
        <translation>Listado de reuniones</translation>
    </message>
    <message>
        <source>Commitments Tracker</source>
        <translation>Seguimiento de compromisos</translation>
    </message>
</context>
<context>
    <name>focal::MeetingCountriesEditor</name>
    <message>
        <source>&amp;Invited countries:</source>
        <translation>Países &amp;invitados:</translation>
    </message>
    <message>
        <source>Countries &amp;attending:</source>
        <translation>Países &amp;asistentes:</translation>
    </message>
</context>
<context>
    <name>focal::MeetingDocumentsEditor</name>
    <message>
        <source>Title of the link</source>
        <translation>Título del enlace</translation>
    </message>
    <message>
        <source>Add &amp;document</source>
        <translation>Agregar &amp;documento</translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation>Agregar &amp;enlace</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>(a document of another group)</source>
        <translation>(un documento de otro grupo)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>focal::MeetingEditCommands</name>
    <message>
        <source>The minutes of this meeting are locked: reopen them to change the meeting.</source>
        <translation>El acta de esta reunión está bloqueada: reábrala para modificar la reunión.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <source>The date is not a valid date.</source>
        <translation>La fecha no es válida.</translation>
    </message>
    <message>
        <source>Choose one of the forum&apos;s time zones.</source>
        <translation>Elija una de las zonas horarias del foro.</translation>
    </message>
    <message>
        <source>The number counts meetings from 1 (or stays empty).</source>
        <translation>El número cuenta las reuniones a partir de 1 (o queda vacío).</translation>
    </message>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation>El número de asistentes no puede ser negativo.</translation>
    </message>
    <message>
        <source>Write what was agreed or decided.</source>
        <translation>Escriba lo que se acordó o decidió.</translation>
    </message>
    <message>
        <source>The due date does not match its words.</source>
        <translation>El plazo no coincide con su texto.</translation>
    </message>
    <message>
        <source>A commitment needs the country responsible for it.</source>
        <translation>Un compromiso necesita el país responsable.</translation>
    </message>
    <message>
        <source>A commitment needs a status.</source>
        <translation>Un compromiso necesita un estado.</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Editar el acta</translation>
    </message>
    <message>
        <source>Remove a country (%1)</source>
        <translation>Quitar un país (%1)</translation>
    </message>
    <message>
        <source>Add a country (%1)</source>
        <translation>Agregar un país (%1)</translation>
    </message>
    <message>
        <source>Choose one institution, organisation or person.</source>
        <translation>Elija una institución, organización o persona.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Agregar un participante</translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation>Quitar un participante</translation>
    </message>
    <message>
        <source>A link must be a web address starting with http:// or https://.</source>
        <translation>Un enlace debe ser una dirección web que comience con http:// o https://.</translation>
    </message>
    <message>
        <source>Link a document</source>
        <translation>Vincular un documento</translation>
    </message>
    <message>
        <source>Remove a document link</source>
        <translation>Quitar el vínculo a un documento</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un punto de la agenda necesita un título.</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Agregar un punto de la agenda</translation>
    </message>
    <message>
        <source>A duration is a number of minutes greater than zero.</source>
        <translation>La duración es un número de minutos mayor que cero.</translation>
    </message>
    <message>
        <source>Edit an agenda item</source>
        <translation>Editar un punto de la agenda</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Quitar un punto de la agenda</translation>
    </message>
    <message>
        <source>The item cannot move further.</source>
        <translation>El punto no puede moverse más.</translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation>Mover un punto de la agenda</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Agregar un acuerdo</translation>
    </message>
    <message>
        <source>Edit an agreement</source>
        <translation>Editar un acuerdo</translation>
    </message>
    <message>
        <source>Remove an agreement</source>
        <translation>Eliminar un acuerdo</translation>
    </message>
</context>
<context>
    <name>focal::MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>The minutes of this meeting are locked: the meeting can no longer be changed. Reopen the minutes (with the reason) to change it.</source>
        <translation>El acta de esta reunión está bloqueada: la reunión ya no puede modificarse. Reabra el acta (indicando el motivo) para modificarla.</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Agreements &amp;&amp; &amp;commitments</source>
        <translation>Acuerdos &amp;&amp; &amp;compromisos</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>&amp;Acta</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Esta reunión ya no existe.</translation>
    </message>
</context>
<context>
    <name>focal::MeetingForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>3 for the 3rd videoconference</source>
        <translation>3 para la 3.ª videoconferencia</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicada)</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Ám&amp;bito:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>&amp;Lugar o enlace:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Asistentes:</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 10:30.</source>
        <translation>Escriba la hora como HH:MM, p. ej., 10:30.</translation>
    </message>
    <message>
        <source>The number must be a whole number.</source>
        <translation>El número debe ser un número entero.</translation>
    </message>
    <message>
        <source>Attendees must be a whole number.</source>
        <translation>La cantidad de asistentes debe ser un número entero.</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Editar la reunión</translation>
    </message>
</context>
<context>
    <name>focal::MeetingLog</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Subgroup:</source>
        <translation>&amp;Subgrupo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>All subgroups</source>
        <translation>Todos los subgrupos</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::MeetingLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>Countries attending</source>
        <translation>Países asistentes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
</context>
<context>
    <name>focal::MeetingTemplates</name>
    <message>
        <source>Group videoconference</source>
        <translation>Videoconferencia del grupo</translation>
    </message>
    <message>
        <source>Focal points workshop</source>
        <translation>Taller de puntos focales</translation>
    </message>
    <message>
        <source>There is no meeting template &quot;%1&quot;.</source>
        <translation>No existe la plantilla de reunión &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the date of the new meeting.</source>
        <translation>Indique la fecha de la nueva reunión.</translation>
    </message>
    <message>
        <source>The subgroup &quot;%1&quot; does not belong to the group &quot;%2&quot;.</source>
        <translation>El subgrupo &quot;%1&quot; no pertenece al grupo &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>focal::MergePlan</name>
    <message>
        <source>The package cannot be applied: record %1 of table &quot;%2&quot; refers to record %3 of table &quot;%4&quot;, which is neither in this database nor in the package.</source>
        <translation>No se puede aplicar el paquete: el registro %1 de la tabla &quot;%2&quot; hace referencia al registro %3 de la tabla &quot;%4&quot;, que no está ni en esta base de datos ni en el paquete.</translation>
    </message>
</context>
<context>
    <name>focal::Minutes</name>
    <message>
        <source>The minutes are too long: %1 characters, and at most %2 can be kept. Shorten them or attach the full text as a document.</source>
        <translation>El acta es demasiado larga: %1 caracteres, y se pueden guardar como máximo %2. Acórtela o adjunte el texto completo como documento.</translation>
    </message>
    <message>
        <source>The minutes contain markup nested too deeply to be made safe. Paste them as plain text.</source>
        <translation>El acta contiene marcas anidadas a demasiada profundidad para poder depurarlas. Péguela como texto sin formato.</translation>
    </message>
</context>
<context>
    <name>focal::MinutesLifecycle</name>
    <message>
        <source>The minutes of &quot;%1&quot; are locked: its minutes, agenda and agreements cannot change. Reopen the minutes first, giving the reason.</source>
        <translation>El acta de &quot;%1&quot; está bloqueada: no se pueden modificar su acta, su agenda ni sus acuerdos. Primero reabra el acta e indique el motivo.</translation>
    </message>
    <message>
        <source>Minutes that are %1 cannot become %2.</source>
        <translation>Un acta en estado &quot;%1&quot; no puede pasar a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Say why the %1 minutes are reopened.</source>
        <translation>Indique por qué se reabre el acta en estado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The time of this step is missing.</source>
        <translation>Falta la hora de esta etapa.</translation>
    </message>
    <message>
        <source>Only approved or locked minutes are reopened; these are %1.</source>
        <translation>Solo se reabren actas aprobadas o bloqueadas; esta está en estado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>focal::MinutesPane</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Título 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Insert table</source>
        <translation>Insertar tabla</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Guardar el acta</translation>
    </message>
</context>
<context>
    <name>focal::MinutesText</name>
    <message>
        <source>The minutes are too long (%1 characters; at most %2). Keep long texts in a document and link it from the meeting.</source>
        <translation>El acta es demasiado larga (%1 caracteres; como máximo %2). Guarde los textos largos en un documento y vincúlelo desde la reunión.</translation>
    </message>
</context>
<context>
    <name>focal::PackageExport</name>
    <message>
        <source>The recipient country is not in this database.</source>
        <translation>El país destinatario no está en esta base de datos.</translation>
    </message>
    <message>
        <source>Choose the country the changes are for.</source>
        <translation>Elija el país al que van destinados los cambios.</translation>
    </message>
    <message>
        <source>What was chosen for export no longer exists; it may have been deleted.</source>
        <translation>Lo que se eligió para exportar ya no existe; es posible que se haya eliminado.</translation>
    </message>
</context>
<context>
    <name>focal::PackageFile</name>
    <message>
        <source>Record %1 of table &quot;%2&quot; lacks the field &quot;%3&quot;.</source>
        <translation>El registro %1 de la tabla &quot;%2&quot; no tiene el campo &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1 of table &quot;%2&quot; has an invalid value in &quot;%3&quot;.</source>
        <translation>El registro %1 de la tabla &quot;%2&quot; tiene un valor no válido en &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1 of table &quot;%2&quot; has an unknown field &quot;%3&quot;.</source>
        <translation>El registro %1 de la tabla &quot;%2&quot; tiene un campo desconocido: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The package is too large to read: %1 bytes, and at most %2 are read.</source>
        <translation>El paquete es demasiado grande para leerlo: %1 bytes, y se leen como máximo %2.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Focal package.</source>
        <translation>El archivo está vacío: no es un paquete de Focal.</translation>
    </message>
    <message>
        <source>The file is not a Focal package.</source>
        <translation>El archivo no es un paquete de Focal.</translation>
    </message>
    <message>
        <source>The package is damaged: its manifest is longer than %1 bytes.</source>
        <translation>El paquete está dañado: su manifiesto ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>it ends inside its manifest (the file is incomplete)</source>
        <translation>termina dentro de su manifiesto (el archivo está incompleto)</translation>
    </message>
    <message>
        <source>its manifest nests deeper than %1 levels</source>
        <translation>su manifiesto tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>its manifest is not valid UTF-8</source>
        <translation>su manifiesto no está en UTF-8 válido</translation>
    </message>
    <message>
        <source>its manifest is not a JSON object</source>
        <translation>su manifiesto no es un objeto JSON</translation>
    </message>
    <message>
        <source>its manifest announces %1 bytes of contents and the file holds %2 (the file is incomplete or was altered)</source>
        <translation>su manifiesto anuncia %1 bytes de contenido y el archivo contiene %2 (el archivo está incompleto o fue alterado)</translation>
    </message>
    <message>
        <source>its contents do not match the checksum in its manifest</source>
        <translation>su contenido no coincide con la suma de verificación de su manifiesto</translation>
    </message>
    <message>
        <source>its contents are too short</source>
        <translation>su contenido es demasiado corto</translation>
    </message>
    <message>
        <source>The package is too large to read: its contents would take %1 bytes, and at most %2 are read.</source>
        <translation>El paquete es demasiado grande para leerlo: su contenido ocuparía %1 bytes, y se leen como máximo %2.</translation>
    </message>
    <message>
        <source>its contents announce %1 bytes and its manifest %2</source>
        <translation>su contenido anuncia %1 bytes y su manifiesto %2</translation>
    </message>
    <message>
        <source>The package could not be written to &quot;%1&quot;.</source>
        <translation>No se pudo escribir el paquete en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>its contents cannot be uncompressed</source>
        <translation>su contenido no se puede descomprimir</translation>
    </message>
    <message>
        <source>its contents uncompress to more or fewer bytes than announced (%1)</source>
        <translation>su contenido se descomprime en más o menos bytes que los anunciados (%1)</translation>
    </message>
    <message>
        <source>its contents nest deeper than %1 levels</source>
        <translation>su contenido tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>its contents are not valid UTF-8</source>
        <translation>su contenido no está en UTF-8 válido</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; does not exist.</source>
        <translation>El paquete &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; could not be read.</source>
        <translation>No se pudo leer el paquete &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The package is damaged: %1.</source>
        <translation>El paquete está dañado: %1.</translation>
    </message>
    <message>
        <source>the manifest&apos;s &quot;%1&quot; is missing or invalid</source>
        <translation>falta el campo &quot;%1&quot; del manifiesto o no es válido</translation>
    </message>
    <message>
        <source>The package was made by a newer Focal (package format %1; this Focal reads format %2): update Focal to read it.</source>
        <translation>El paquete se creó con una versión más reciente de Focal (formato de paquete %1; esta versión de Focal lee el formato %2): actualice Focal para leerlo.</translation>
    </message>
    <message>
        <source>The package is too large to read: it announces %1 records and deletions, and at most %2 are read.</source>
        <translation>El paquete es demasiado grande para leerlo: anuncia %1 registros y eliminaciones, y se leen como máximo %2.</translation>
    </message>
    <message>
        <source>The package is too large to read: it announces %1 attached files, and at most %2 are read.</source>
        <translation>El paquete es demasiado grande para leerlo: anuncia %1 archivos adjuntos, y se leen como máximo %2.</translation>
    </message>
    <message>
        <source>the manifest names an unknown table &quot;%1&quot;</source>
        <translation>el manifiesto menciona una tabla desconocida: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the manifest&apos;s counts of records per table do not add up to its count of records</source>
        <translation>los recuentos de registros por tabla del manifiesto no suman su recuento total de registros</translation>
    </message>
    <message>
        <source>its contents lack the lists of records, deletions or attached files</source>
        <translation>a su contenido le faltan las listas de registros, de eliminaciones o de archivos adjuntos</translation>
    </message>
    <message>
        <source>the manifest announces %1 records, %2 deletions and %3 attached files, and the package holds %4, %5 and %6</source>
        <translation>el manifiesto anuncia %1 registros, %2 eliminaciones y %3 archivos adjuntos, y el paquete contiene %4, %5 y %6</translation>
    </message>
    <message>
        <source>the attached file %1 is used by no record</source>
        <translation>ningún registro usa el archivo adjunto %1</translation>
    </message>
    <message>
        <source>the manifest&apos;s counts of records per table differ from the records it holds</source>
        <translation>los recuentos de registros por tabla del manifiesto no coinciden con los registros que contiene</translation>
    </message>
    <message>
        <source>The package is refused: %1.</source>
        <translation>El paquete se rechazó: %1.</translation>
    </message>
    <message>
        <source>attached file %1 is not described as one</source>
        <translation>el archivo adjunto %1 no está descrito como tal</translation>
    </message>
    <message>
        <source>attached file %1 has %2 bytes, and at most %3 are read</source>
        <translation>el archivo adjunto %1 tiene %2 bytes, y se leen como máximo %3</translation>
    </message>
    <message>
        <source>attached file %1 is carried twice</source>
        <translation>el archivo adjunto %1 figura dos veces</translation>
    </message>
    <message>
        <source>attached file %1 is not as long as it says</source>
        <translation>el archivo adjunto %1 no tiene la longitud que declara</translation>
    </message>
    <message>
        <source>attached file %1 is not valid Base64</source>
        <translation>el archivo adjunto %1 no está en Base64 válido</translation>
    </message>
    <message>
        <source>attached file %1 does not match its checksum</source>
        <translation>el archivo adjunto %1 no coincide con su suma de verificación</translation>
    </message>
    <message>
        <source>%1 has no valid id</source>
        <translation>%1 no tiene un identificador válido</translation>
    </message>
    <message>
        <source>%1 has the id %2 of an earlier record or deletion</source>
        <translation>%1 tiene el identificador %2 de un registro o una eliminación anterior</translation>
    </message>
    <message>
        <source>%1 has an invalid site</source>
        <translation>%1 tiene una instalación no válida</translation>
    </message>
    <message>
        <source>%1 has an invalid date and time in &quot;%2&quot;</source>
        <translation>%1 tiene una fecha y hora no válidas en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no author in &quot;%2&quot;</source>
        <translation>%1 no tiene autor en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has a text longer than %2 bytes in &quot;%3&quot;</source>
        <translation>%1 tiene un texto de más de %2 bytes en &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 has invalid field clocks</source>
        <translation>%1 tiene relojes de campo no válidos</translation>
    </message>
    <message>
        <source>%1 has a clock for an unknown field &quot;%2&quot;</source>
        <translation>%1 tiene un reloj para un campo desconocido: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has an invalid %2 in &quot;%3&quot;</source>
        <translation>%1 tiene un valor de tipo %2 no válido en &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 refers to an attached file the package does not carry in &quot;%2&quot;</source>
        <translation>%1 hace referencia en &quot;%2&quot; a un archivo adjunto que el paquete no contiene</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>%1 no tiene campos</translation>
    </message>
    <message>
        <source>%1 lacks the field &quot;%2&quot;</source>
        <translation>%1 no tiene el campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 gives in &quot;%2&quot; a file name that is not a plain file name (a folder, a drive, &quot;..&quot;, a control character or over 255 characters)</source>
        <translation>%1 indica en &quot;%2&quot; un nombre de archivo que no es un nombre de archivo simple (una carpeta, una unidad, &quot;..&quot;, un carácter de control o más de 255 caracteres)</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;</source>
        <translation>%1 tiene un campo desconocido: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>record %1 of table &quot;%2&quot;</source>
        <translation>el registro %1 de la tabla &quot;%2&quot;</translation>
    </message>
    <message>
        <source>record %1 is not an object</source>
        <translation>el registro %1 no es un objeto</translation>
    </message>
    <message>
        <source>The package is damaged. %1</source>
        <translation>El paquete está dañado. %1</translation>
    </message>
    <message>
        <source>record %1 belongs to an unknown table &quot;%2&quot;</source>
        <translation>el registro %1 pertenece a una tabla desconocida: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>deletion %1 of table &quot;%2&quot;</source>
        <translation>la eliminación %1 de la tabla &quot;%2&quot;</translation>
    </message>
    <message>
        <source>deletion %1 is not an object</source>
        <translation>la eliminación %1 no es un objeto</translation>
    </message>
    <message>
        <source>deletion %1 belongs to an unknown table &quot;%2&quot;</source>
        <translation>la eliminación %1 pertenece a una tabla desconocida: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>its contents are not valid JSON (%1 at byte %2)</source>
        <translation>su contenido no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>yes/no value</source>
        <translation>valor sí/no</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
</context>
<context>
    <name>focal::PackageImport</name>
    <message>
        <source>The package cannot be applied: some of its records refer to records that are not in this database. Nothing was imported.</source>
        <translation>No se puede aplicar el paquete: algunos de sus registros hacen referencia a registros que no están en esta base de datos. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>focal::ParticipantsEditor</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institución: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation>Agregar &amp;participante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>focal::PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Activo &amp;desde:</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <source>Active &amp;to:</source>
        <translation>Activo &amp;hasta:</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>Activo hasta</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Funciones:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Roles in &amp;working group:</source>
        <translation>Funciones en el &amp;grupo de trabajo:</translation>
    </message>
    <message>
        <source>Working group of the roles</source>
        <translation>Grupo de trabajo de las funciones</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>This is not an e-mail address, like name@example.org.</source>
        <translation>Esta no es una dirección de correo electrónico, como nombre@example.org.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>El fin es anterior al inicio.</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>Editar persona %1</translation>
    </message>
</context>
<context>
    <name>focal::PlanActions</name>
    <message>
        <source>Plan P&amp;roperties…</source>
        <translation>Propie&amp;dades del plan…</translation>
    </message>
    <message>
        <source>The plan&apos;s title, kind, year and whether it lists products or activities</source>
        <translation>El título, el tipo y el año del plan, y si enumera productos o actividades</translation>
    </message>
    <message>
        <source>Record a &amp;Step of the Plan…</source>
        <translation>Registrar una &amp;etapa del plan…</translation>
    </message>
    <message>
        <source>Record that the plan was sent for comments, received observations, was approved or delivered</source>
        <translation>Registrar que el plan se envió para comentarios, recibió observaciones, se aprobó o se entregó</translation>
    </message>
    <message>
        <source>Plan &amp;History and Versions…</source>
        <translation>&amp;Historial y versiones del plan…</translation>
    </message>
    <message>
        <source>&amp;Reprogram into the Next Year…</source>
        <translation>&amp;Reprogramar para el año siguiente…</translation>
    </message>
    <message>
        <source>Carry the plan&apos;s unfinished items into the next year&apos;s plan</source>
        <translation>Trasladar los elementos pendientes del plan al plan del año siguiente</translation>
    </message>
    <message>
        <source>&amp;Export Plan to CSV…</source>
        <translation>E&amp;xportar el plan a CSV…</translation>
    </message>
    <message>
        <source>&amp;Import Plan from CSV…</source>
        <translation>&amp;Importar el plan desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Paste Rows from a Spreadsheet</source>
        <translation>&amp;Pegar filas desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (line of action, product or activity, deadline, countries, status, notes) to the plan</source>
        <translation>Agregar al plan las filas copiadas de una hoja de cálculo (línea de acción, producto o actividad, plazo, países, estado, notas)</translation>
    </message>
    <message>
        <source>Plan &amp;Timeline</source>
        <translation>&amp;Cronograma de los planes</translation>
    </message>
    <message>
        <source>Reprogram</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Only a work plan of a given year can be reprogrammed into the next.</source>
        <translation>Solo un plan de trabajo de un año determinado puede reprogramarse para el año siguiente.</translation>
    </message>
    <message>
        <source>a new work plan for %1</source>
        <translation>un nuevo plan de trabajo para %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2</source>
        <translation>&quot;%1&quot; de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished product(s) or activity(ies) of &quot;%1&quot; will be carried into %2, keeping their first deadlines; in this plan they will be marked as reprogrammed. Continue?</source>
        <translation>
            <numerusform>%n producto o actividad pendiente de &quot;%1&quot; se trasladará a %2, con su plazo original; en este plan quedará con el estado &quot;reprogramado&quot;. ¿Desea continuar?</numerusform>
            <numerusform>%n productos o actividades pendientes de &quot;%1&quot; se trasladarán a %2, con sus plazos originales; en este plan quedarán con el estado &quot;reprogramado&quot;. ¿Desea continuar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Plan to CSV</source>
        <translation>Exportar el plan a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Import Plan from CSV</source>
        <translation>Importar el plan desde CSV</translation>
    </message>
    <message>
        <source>Paste Rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <source>The clipboard holds no rows. Copy the rows of the plan in the spreadsheet first.</source>
        <translation>El portapapeles no contiene filas. Primero copie las filas del plan en la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Nothing was added to the plan. %1</source>
        <translation>No se agregó nada al plan. %1</translation>
    </message>
    <message>
        <source>The plan already has lines of action. Add the rows after them, or replace everything the plan holds?</source>
        <translation>El plan ya tiene líneas de acción. ¿Desea agregar las filas a continuación o reemplazar todo el contenido del plan?</translation>
    </message>
    <message>
        <source>Add after them</source>
        <translation>Agregar a continuación</translation>
    </message>
    <message>
        <source>Replace the plan&apos;s items</source>
        <translation>Reemplazar los elementos del plan</translation>
    </message>
    <message numerus="yes">
        <source>Add %n row(s) to the plan</source>
        <translation>
            <numerusform>Agregar %n fila al plan</numerusform>
            <numerusform>Agregar %n filas al plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Timeline</source>
        <translation>Cronograma de los planes</translation>
    </message>
</context>
<context>
    <name>focal::PlanEditor</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Lines of action and products</source>
        <translation>Líneas de acción y productos</translation>
    </message>
    <message>
        <source>Add &amp;Line of Action</source>
        <translation>Agregar &amp;línea de acción</translation>
    </message>
    <message>
        <source>Add &amp;Product</source>
        <translation>Agregar &amp;producto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Aumentar &amp;sangría</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Reducir s&amp;angría</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Ningún plan</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Este plan ya no existe.</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <source>New line of action</source>
        <translation>Nueva línea de acción</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Remove the product “%1”?</source>
        <translation>¿Eliminar el producto “%1”?</translation>
    </message>
    <message>
        <source>Remove the line of action “%1”?</source>
        <translation>¿Eliminar la línea de acción “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the line of action “%1” and its %n product(s)?</source>
        <translation>
            <numerusform>¿Eliminar la línea de acción “%1” junto con %n producto?</numerusform>
            <numerusform>¿Eliminar la línea de acción “%1” junto con sus %n productos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>focal::PlanHtml</name>
    <message>
        <source>Subgroup %1: %2 (%3)</source>
        <translation>Subgrupo %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No step of this plan&apos;s life is recorded yet.</source>
        <translation>Todavía no se registró ninguna etapa del plan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Versions kept</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation>Versión %1, %2: %3</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Líneas de acción</translation>
    </message>
    <message>
        <source>This plan has no lines of action yet.</source>
        <translation>Este plan todavía no tiene líneas de acción.</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Línea de acción</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>original: %1</translation>
    </message>
</context>
<context>
    <name>focal::PlanItemDelegate</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Responsible countries</source>
        <translation>Países responsables</translation>
    </message>
</context>
<context>
    <name>focal::PlanItemModel</name>
    <message>
        <source>Line of action / product</source>
        <translation>Línea de acción / producto</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de avance</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Plazo original</translation>
    </message>
    <message>
        <source>Reprogrammed; first deadline: %1</source>
        <translation>Reprogramado; plazo original: %1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar el texto</translation>
    </message>
    <message>
        <source>Edit progress notes</source>
        <translation>Editar las notas de avance</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>Cambiar el plazo</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Move items</source>
        <translation>Mover elementos</translation>
    </message>
</context>
<context>
    <name>focal::PlanLifecycle</name>
    <message>
        <source>A plan that is %1 cannot become %2.</source>
        <translation>Un plan en estado &quot;%1&quot; no puede pasar a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give the date of this step.</source>
        <translation>Indique la fecha de esta etapa.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La fecha %1 es futura.</translation>
    </message>
    <message>
        <source>The plan&apos;s last step is dated %1; this one cannot be earlier.</source>
        <translation>La última etapa del plan es del %1; esta no puede ser anterior.</translation>
    </message>
    <message>
        <source>Say to whom the plan was delivered.</source>
        <translation>Indique a quién se entregó el plan.</translation>
    </message>
    <message>
        <source>Say to whom the plan was sent.</source>
        <translation>Indique a quién se envió el plan.</translation>
    </message>
    <message>
        <source>Say why the %1 plan is reopened.</source>
        <translation>Indique por qué se reabre el plan en estado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The acting country does not exist.</source>
        <translation>El país que actúa no existe.</translation>
    </message>
    <message>
        <source>The meeting does not exist.</source>
        <translation>La reunión no existe.</translation>
    </message>
</context>
<context>
    <name>focal::PlanLifecycleDialog</name>
    <message>
        <source>Record a Step of the Plan</source>
        <translation>Registrar una etapa del plan</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>Estado de %1: %2.</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Acting &amp;country:</source>
        <translation>País &amp;actuante:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>%1 (reopened)</source>
        <translation>%1 (reabierto)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Required: why the plan is reopened</source>
        <translation>Obligatorio: por qué se reabre el plan</translation>
    </message>
</context>
<context>
    <name>focal::PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation>Propiedades del plan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Its items are:</source>
        <translation>Sus elementos son:</translation>
    </message>
    <message>
        <source>Give the plan a title.</source>
        <translation>Indique un título para el plan.</translation>
    </message>
    <message>
        <source>An annual work plan needs its year.</source>
        <translation>Un plan de trabajo anual necesita su año.</translation>
    </message>
    <message>
        <source>Change plan properties</source>
        <translation>Cambiar las propiedades del plan</translation>
    </message>
</context>
<context>
    <name>focal::PlanTable</name>
    <message>
        <source>Line %1: there is no country &quot;%2&quot;; write an ISO code (%3) or a name.</source>
        <translation>Línea %1: no existe el país &quot;%2&quot;; escriba un código ISO (%3) o un nombre.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not known</source>
        <translation>la columna &quot;%1&quot; no se reconoce</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is there twice</source>
        <translation>la columna &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; are needed</source>
        <translation>se necesitan las columnas &quot;%1&quot; y &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Line %1: this is not the header of a plan table: %2. The columns are: %3.</source>
        <translation>Línea %1: este no es el encabezado de una tabla de plan: %2. Las columnas son: %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 columns; a plan table has at most %3.</source>
        <translation>Línea %1: %2 columnas; una tabla de plan tiene como máximo %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 columns where the table has %3.</source>
        <translation>Línea %1: %2 columnas, cuando la tabla tiene %3.</translation>
    </message>
    <message>
        <source>Line %1: column %2 has no header; its value &quot;%3&quot; would be lost.</source>
        <translation>Línea %1: la columna %2 no tiene encabezado; su valor &quot;%3&quot; se perdería.</translation>
    </message>
    <message>
        <source>Line %1: the deadline &quot;%2&quot; is not a deadline: %3</source>
        <translation>Línea %1: el plazo &quot;%2&quot; no es válido: %3</translation>
    </message>
    <message>
        <source>Line %1: the status &quot;%2&quot; is not known; write one of: %3.</source>
        <translation>Línea %1: el estado &quot;%2&quot; no se reconoce; escriba uno de: %3.</translation>
    </message>
    <message>
        <source>Line %1: the first row needs a line of action.</source>
        <translation>Línea %1: la primera fila necesita una línea de acción.</translation>
    </message>
    <message>
        <source>Line %1: the row has neither a line of action nor a product or activity.</source>
        <translation>Línea %1: la fila no tiene ni línea de acción ni producto o actividad.</translation>
    </message>
    <message>
        <source>There are no rows to import.</source>
        <translation>No hay filas para importar.</translation>
    </message>
</context>
<context>
    <name>focal::PlanVersions</name>
    <message>
        <source>The kept version of the plan cannot be read.</source>
        <translation>No se puede leer la versión guardada del plan.</translation>
    </message>
    <message>
        <source>The kept version of the plan was written by a newer Focal.</source>
        <translation>La versión guardada del plan fue escrita por una versión más reciente de Focal.</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Línea de acción</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Responsible countries</source>
        <translation>Países responsables</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Plazo original</translation>
    </message>
    <message>
        <source>Carried from</source>
        <translation>Trasladado desde</translation>
    </message>
</context>
<context>
    <name>focal::PlanVersionsDialog</name>
    <message>
        <source>History and Versions of %1</source>
        <translation>Historial y versiones de %1</translation>
    </message>
    <message>
        <source>Steps of the plan&apos;s life:</source>
        <translation>Etapas del plan:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>C&amp;omparar:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>co&amp;n:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>Versión %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Current content</source>
        <translation>Contenido actual</translation>
    </message>
    <message>
        <source>The plan has no kept versions yet: a version is kept when it is sent for comments, approved or delivered.</source>
        <translation>El plan todavía no tiene versiones guardadas: se guarda una versión cuando se envía para comentarios, se aprueba o se entrega.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>más temprano</translation>
    </message>
    <message>
        <source>same end, other periods</source>
        <translation>mismo fin, otros períodos</translation>
    </message>
    <message>
        <source>now defined</source>
        <translation>ahora definido</translation>
    </message>
    <message>
        <source>now to be defined</source>
        <translation>ahora por definir</translation>
    </message>
    <message>
        <source>Deadline moved</source>
        <translation>Cambio de plazo</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
</context>
<context>
    <name>focal::RecordActions</name>
    <message>
        <source>New &amp;Country</source>
        <translation>Nuevo &amp;país</translation>
    </message>
    <message>
        <source>New &amp;Institution</source>
        <translation>Nueva &amp;institución</translation>
    </message>
    <message>
        <source>New &amp;Person</source>
        <translation>Nueva per&amp;sona</translation>
    </message>
    <message>
        <source>Add a person (a focal point) to the current country or institution</source>
        <translation>Agregar una persona (un punto focal) al país o la institución actual</translation>
    </message>
    <message>
        <source>New &amp;Subgroup</source>
        <translation>Nuevo s&amp;ubgrupo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>New Country</source>
        <translation>Nuevo país</translation>
    </message>
    <message>
        <source>Give the new countries added before their real ISO codes first.</source>
        <translation>Primero asigne sus códigos ISO reales a los países nuevos agregados anteriormente.</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Nuevo país</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>New Institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>New Subgroup</source>
        <translation>Nuevo subgrupo</translation>
    </message>
    <message>
        <source>New subgroup</source>
        <translation>Nuevo subgrupo</translation>
    </message>
    <message>
        <source>New &amp;Work Plan</source>
        <translation>Nuevo plan de &amp;trabajo</translation>
    </message>
    <message>
        <source>Add the next year&apos;s work plan of the current subgroup or group</source>
        <translation>Agregar el plan de trabajo del año siguiente del subgrupo o grupo actual</translation>
    </message>
    <message>
        <source>New Work Plan</source>
        <translation>Nuevo plan de trabajo</translation>
    </message>
    <message>
        <source>Work Plan %1</source>
        <translation>Plan de Trabajo %1</translation>
    </message>
    <message>
        <source>New work plan</source>
        <translation>Nuevo plan de trabajo</translation>
    </message>
</context>
<context>
    <name>focal::RecordForm</name>
    <message>
        <source>Write the changes (Ctrl+Return or Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+Intro o Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Correct the marked fields first; nothing was written.</source>
        <translation>Primero corrija los campos marcados; no se guardó nada.</translation>
    </message>
    <message>
        <source>The changes could not be written: %1</source>
        <translation>No se pudieron guardar los cambios: %1</translation>
    </message>
</context>
<context>
    <name>focal::RecordHtml</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Group text</source>
        <translation>Texto del grupo</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Elemento del plan</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Serie de reuniones</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>No se pudo leer este registro: %1</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation>Nombre (español)</translation>
    </message>
    <message>
        <source>Name (Portuguese)</source>
        <translation>Nombre (portugués)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nombre (inglés)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
</context>
<context>
    <name>focal::RecordRemoval</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>El registro ya no existe; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>No hay nada que eliminar.</translation>
    </message>
    <message>
        <source>This record cannot be deleted: other records refer to it.</source>
        <translation>Este registro no se puede eliminar: otros registros hacen referencia a él.</translation>
    </message>
</context>
<context>
    <name>focal::RecordRow</name>
    <message>
        <source>Records of this kind cannot be shown here.</source>
        <translation>Los registros de este tipo no se pueden mostrar aquí.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Este registro ya no existe.</translation>
    </message>
</context>
<context>
    <name>focal::RecordStore</name>
    <message>
        <source>A stored value cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation>No se puede leer un valor guardado; ejecute &quot;focal-cli check&quot; en esta base de datos.</translation>
    </message>
    <message>
        <source>Unknown kind of record &quot;%1&quot;.</source>
        <translation>Tipo de registro desconocido: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>focal::RemovalText</name>
    <message>
        <source>1 country</source>
        <translation>1 país</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 países</translation>
    </message>
    <message>
        <source>1 forum membership</source>
        <translation>1 membresía en el foro</translation>
    </message>
    <message>
        <source>%1 forum memberships</source>
        <translation>%1 membresías en el foro</translation>
    </message>
    <message>
        <source>1 pro tempore presidency</source>
        <translation>1 Presidencia Pro Tempore</translation>
    </message>
    <message>
        <source>%1 pro tempore presidencies</source>
        <translation>%1 Presidencias Pro Tempore</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organización</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organizaciones</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 institución</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 instituciones</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>1 role of a person</source>
        <translation>1 función de una persona</translation>
    </message>
    <message>
        <source>%1 roles of people</source>
        <translation>%1 funciones de personas</translation>
    </message>
    <message>
        <source>1 thematic area</source>
        <translation>1 área temática</translation>
    </message>
    <message>
        <source>%1 thematic areas</source>
        <translation>%1 áreas temáticas</translation>
    </message>
    <message>
        <source>1 working group</source>
        <translation>1 grupo de trabajo</translation>
    </message>
    <message>
        <source>%1 working groups</source>
        <translation>%1 grupos de trabajo</translation>
    </message>
    <message>
        <source>1 participating country</source>
        <translation>1 país participante</translation>
    </message>
    <message>
        <source>%1 participating countries</source>
        <translation>%1 países participantes</translation>
    </message>
    <message>
        <source>1 participating institution</source>
        <translation>1 institución participante</translation>
    </message>
    <message>
        <source>%1 participating institutions</source>
        <translation>%1 instituciones participantes</translation>
    </message>
    <message>
        <source>1 report text</source>
        <translation>1 texto de informe</translation>
    </message>
    <message>
        <source>%1 report texts</source>
        <translation>%1 textos de informe</translation>
    </message>
    <message>
        <source>1 subgroup</source>
        <translation>1 subgrupo</translation>
    </message>
    <message>
        <source>%1 subgroups</source>
        <translation>%1 subgrupos</translation>
    </message>
    <message>
        <source>1 member country</source>
        <translation>1 país integrante</translation>
    </message>
    <message>
        <source>%1 member countries</source>
        <translation>%1 países integrantes</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documentos</translation>
    </message>
    <message>
        <source>1 milestone</source>
        <translation>1 hito</translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation>%1 hitos</translation>
    </message>
    <message>
        <source>1 plan</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <source>%1 plans</source>
        <translation>%1 planes</translation>
    </message>
    <message>
        <source>1 plan item</source>
        <translation>1 elemento de plan</translation>
    </message>
    <message>
        <source>%1 plan items</source>
        <translation>%1 elementos de planes</translation>
    </message>
    <message>
        <source>1 country of a plan item</source>
        <translation>1 país de un elemento de plan</translation>
    </message>
    <message>
        <source>%1 countries of plan items</source>
        <translation>%1 países de elementos de planes</translation>
    </message>
    <message>
        <source>1 meeting series</source>
        <translation>1 serie de reuniones</translation>
    </message>
    <message>
        <source>%1 meeting series</source>
        <translation>%1 series de reuniones</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 reuniones</translation>
    </message>
    <message>
        <source>1 country at a meeting</source>
        <translation>1 país en una reunión</translation>
    </message>
    <message>
        <source>%1 countries at meetings</source>
        <translation>%1 países en reuniones</translation>
    </message>
    <message>
        <source>1 meeting participant</source>
        <translation>1 participante de una reunión</translation>
    </message>
    <message>
        <source>%1 meeting participants</source>
        <translation>%1 participantes de reuniones</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 acuerdo</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 acuerdos</translation>
    </message>
    <message>
        <source>it leads 1 subgroup</source>
        <translation>lidera 1 subgrupo</translation>
    </message>
    <message>
        <source>it leads %1 subgroups</source>
        <translation>lidera %1 subgrupos</translation>
    </message>
    <message>
        <source>it is a member of 1 subgroup</source>
        <translation>integra 1 subgrupo</translation>
    </message>
    <message>
        <source>it is a member of %1 subgroups</source>
        <translation>integra %1 subgrupos</translation>
    </message>
    <message>
        <source>it takes part in 1 working group</source>
        <translation>participa en 1 grupo de trabajo</translation>
    </message>
    <message>
        <source>it takes part in %1 working groups</source>
        <translation>participa en %1 grupos de trabajo</translation>
    </message>
    <message>
        <source>it is a member of the forum</source>
        <translation>es miembro del foro</translation>
    </message>
    <message>
        <source>it held the pro tempore presidency once</source>
        <translation>ejerció la Presidencia Pro Tempore una vez</translation>
    </message>
    <message>
        <source>it held the pro tempore presidency %1 times</source>
        <translation>ejerció la Presidencia Pro Tempore %1 veces</translation>
    </message>
    <message>
        <source>it has 1 institution</source>
        <translation>tiene 1 institución</translation>
    </message>
    <message>
        <source>it has %1 institutions</source>
        <translation>tiene %1 instituciones</translation>
    </message>
    <message>
        <source>1 person belongs to it</source>
        <translation>tiene 1 persona registrada</translation>
    </message>
    <message>
        <source>%1 people belong to it</source>
        <translation>tiene %1 personas registradas</translation>
    </message>
    <message>
        <source>it has a working group</source>
        <translation>tiene un grupo de trabajo</translation>
    </message>
    <message>
        <source>it has %1 working groups</source>
        <translation>tiene %1 grupos de trabajo</translation>
    </message>
    <message>
        <source>it took part in 1 meeting</source>
        <translation>participó en 1 reunión</translation>
    </message>
    <message>
        <source>it took part in %1 meetings</source>
        <translation>participó en %1 reuniones</translation>
    </message>
    <message>
        <source>it is named in 1 plan item</source>
        <translation>figura en 1 elemento de plan</translation>
    </message>
    <message>
        <source>it is named in %1 plan items</source>
        <translation>figura en %1 elementos de planes</translation>
    </message>
    <message>
        <source>it is responsible for 1 agreement</source>
        <translation>es responsable de 1 acuerdo</translation>
    </message>
    <message>
        <source>it is responsible for %1 agreements</source>
        <translation>es responsable de %1 acuerdos</translation>
    </message>
    <message>
        <source>1 other record</source>
        <translation>1 registro de otro tipo</translation>
    </message>
    <message>
        <source>%1 other records</source>
        <translation>%1 registros de otro tipo</translation>
    </message>
    <message>
        <source>%1 refer to it</source>
        <translation>tiene referencias en %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2. Change or delete those first.</source>
        <translation>%1 no se puede eliminar: %2. Primero modifique o elimine esos registros.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>Delete %1? With it go %2.</source>
        <translation>¿Eliminar %1? También se eliminará: %2.</translation>
    </message>
</context>
<context>
    <name>focal::ReopenMinutesDialog</name>
    <message>
        <source>Reopen minutes</source>
        <translation>Reabrir el acta</translation>
    </message>
    <message>
        <source>The minutes of &quot;%1&quot; are %2. Reopening them makes them a draft again, which can be edited; the reason is kept in their history.</source>
        <translation>El acta de &quot;%1&quot; está en estado &quot;%2&quot;. Al reabrirla vuelve a ser un borrador, que se puede editar; el motivo queda registrado en su historial.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>focal::ReportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Write a report, an annex or the annex bundle as a PDF file</source>
        <translation>Generar un informe, un anexo o el compendio de anexos como archivo PDF</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>Configurar &amp;página…</translation>
    </message>
    <message>
        <source>Edit Report &amp;Introduction…</source>
        <translation>Editar intr&amp;oducción del informe…</translation>
    </message>
    <message>
        <source>Edit the introduction of the current working group&apos;s annual report</source>
        <translation>Editar la introducción del informe anual del grupo de trabajo actual</translation>
    </message>
    <message>
        <source>Report Introduction</source>
        <translation>Introducción del informe</translation>
    </message>
    <message>
        <source>Select a working group first: the introduction is that of its annual report.</source>
        <translation>Primero seleccione un grupo de trabajo: la introducción es la de su informe anual.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Generando la página %1 de %2…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>No se pudo generar el PDF: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se generó %1 (%n página).</numerusform>
            <numerusform>Se generó %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>focal::ReportPrinting</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
</context>
<context>
    <name>focal::ReportTexts</name>
    <message>
        <source>Choose the working group the introduction is for.</source>
        <translation>Elija el grupo de trabajo al que corresponde la introducción.</translation>
    </message>
</context>
<context>
    <name>focal::Repository</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>El registro ya no existe; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>A stored value cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation>No se puede leer un valor guardado; ejecute &quot;focal-cli check&quot; en esta base de datos.</translation>
    </message>
</context>
<context>
    <name>focal::Reprogramming</name>
    <message>
        <source>Only an annual plan of a given year can be reprogrammed.</source>
        <translation>Solo se puede reprogramar un plan anual de un año determinado.</translation>
    </message>
    <message>
        <source>The items of the %1 plan can only be carried into a later year, not %2.</source>
        <translation>Los elementos del plan %1 solo pueden trasladarse a un año posterior, no a %2.</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; of &quot;%2&quot; cannot be moved to %3.</source>
        <translation>El plazo &quot;%1&quot; de &quot;%2&quot; no puede trasladarse a %3.</translation>
    </message>
    <message>
        <source>Every item of &quot;%1&quot; is done, cancelled or already reprogrammed: there is nothing to carry.</source>
        <translation>Todos los elementos de &quot;%1&quot; están terminados, cancelados o ya reprogramados: no hay nada que trasladar.</translation>
    </message>
</context>
<context>
    <name>focal::SearchDock</name>
    <message>
        <source>Search Results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se encontró nada para “%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>focal::SiteIdentity</name>
    <message>
        <source>Enter the name of the focal point.</source>
        <translation>Escriba el nombre del punto focal.</translation>
    </message>
    <message>
        <source>The chosen country is not in this database.</source>
        <translation>El país elegido no está en esta base de datos.</translation>
    </message>
</context>
<context>
    <name>focal::SiteIdentityDialog</name>
    <message>
        <source>Site Identity</source>
        <translation>Identidad de la instalación</translation>
    </message>
    <message>
        <source>Which country does this installation of Focal work for, and who is its focal point? Every package you send says so, so that the other focal points know where the changes come from.</source>
        <translation>¿Para qué país trabaja esta instalación de Focal y quién es su punto focal? Todos los paquetes que envíe lo indican, para que los demás puntos focales sepan de dónde vienen los cambios.</translation>
    </message>
    <message>
        <source>The country and focal point this installation works for. Every package you send carries them.</source>
        <translation>El país y el punto focal para los que trabaja esta instalación. Todos los paquetes que envíe los llevan.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>Elija el país…</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>Punto &amp;focal:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The identity could not be saved: %1</source>
        <translation>No se pudo guardar la identidad: %1</translation>
    </message>
</context>
<context>
    <name>focal::SubgroupForm</name>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Subgroup number</source>
        <translation>Número del subgrupo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Subgroup name</source>
        <translation>Nombre del subgrupo</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Leader country:</source>
        <translation>País &amp;líder:</translation>
    </message>
    <message>
        <source>Leader country</source>
        <translation>País líder</translation>
    </message>
    <message>
        <source>&amp;Member countries:</source>
        <translation>Países &amp;integrantes:</translation>
    </message>
    <message>
        <source>Member countries</source>
        <translation>Países integrantes</translation>
    </message>
    <message>
        <source>Countries warning</source>
        <translation>Advertencia sobre los países</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The number is 1 or more.</source>
        <translation>El número debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>Another subgroup of this group has the number %1.</source>
        <translation>Otro subgrupo de este grupo tiene el número %1.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>The forum asks for at least %1 countries in a subgroup, the leader included; this one has %2. It can be saved all the same.</source>
        <translation>El foro exige al menos %1 países en un subgrupo, incluido el líder; este tiene %2. Puede guardarse de todos modos.</translation>
    </message>
    <message>
        <source>Edit subgroup %1</source>
        <translation>Editar subgrupo %1</translation>
    </message>
</context>
<context>
    <name>focal::Timeline</name>
    <message>
        <source>A stored deadline or status cannot be read; run &quot;focal-cli check&quot;.</source>
        <translation>No se puede leer un plazo o un estado guardado; ejecute &quot;focal-cli check&quot;.</translation>
    </message>
</context>
<context>
    <name>focal::TimelineCanvas</name>
    <message>
        <source>Subgroup %1: %2 — %3</source>
        <translation>Subgrupo %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Timeline of plan products</source>
        <translation>Cronograma de los productos de los planes</translation>
    </message>
    <message>
        <source>Deadline to be defined</source>
        <translation>Plazo por definir</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Países: %1</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Product or activity</source>
        <translation>Producto o actividad</translation>
    </message>
    <message>
        <source>to be defined</source>
        <translation>por definir</translation>
    </message>
</context>
<context>
    <name>focal::TimelineView</name>
    <message>
        <source>Plan timeline</source>
        <translation>Cronograma de los planes</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Subgroup:</source>
        <translation>&amp;Subgrupo:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All subgroups</source>
        <translation>Todos los subgrupos</translation>
    </message>
    <message>
        <source>The timeline could not be shown: %1</source>
        <translation>No se pudo mostrar el cronograma: %1</translation>
    </message>
    <message>
        <source>%1 products or activities: %2 overdue, %3 with the deadline to be defined. As of %4.</source>
        <translation>%1 productos o actividades: %2 vencidos, %3 con el plazo por definir. Al %4.</translation>
    </message>
</context>
<context>
    <name>focal::WorkingGroupForm</name>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Working group name</source>
        <translation>Nombre del grupo de trabajo</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Participating &amp;countries:</source>
        <translation>&amp;Países participantes:</translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation>Países participantes</translation>
    </message>
    <message>
        <source>Participating &amp;institutions:</source>
        <translation>&amp;Instituciones participantes:</translation>
    </message>
    <message>
        <source>Participating institutions</source>
        <translation>Instituciones participantes</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>Edit working group %1</source>
        <translation>Editar grupo de trabajo %1</translation>
    </message>
</context>
<context>
    <name>focal::cli::MeetingCommands</name>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n reunión en %1.</numerusform>
            <numerusform>Se escribieron %n reuniones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no country &quot;%1&quot;; name it by its ISO code (%2) or its name.</source>
        <translation>No existe el país &quot;%1&quot;; indíquelo por su código ISO (%2) o su nombre.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
</context>
<context>
    <name>focal::cli::PackageCommands</name>
    <message>
        <source>With package export: what changed since the last package sent to country C.</source>
        <translation>Con package export: lo que cambió desde el último paquete enviado al país P.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>P</translation>
    </message>
    <message>
        <source>With package export: the country the package is for.</source>
        <translation>Con package export: el país al que va destinado el paquete.</translation>
    </message>
    <message>
        <source>With package import: show what it would do, change nothing.</source>
        <translation>Con package import: mostrar lo que haría, sin modificar nada.</translation>
    </message>
    <message>
        <source>With site: the focal point&apos;s name.</source>
        <translation>Con site: el nombre del punto focal.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>  site                 this installation&apos;s identity; set it with --country C
                       --focal-point NAME
  package export       write a package to -o FILE.focalpkg: everything, or
                       --group G | --plan P | --meeting M | --changes-for C
                       [--to C]
  package inspect FILE show a package and what importing it would do
  package import FILE  import a package [--dry-run]
  package conflicts    list the conflicts waiting to be settled
  package resolve ID keep|take   keep the local value or take the incoming one
</source>
        <translation>  site                 la identidad de esta instalación; se define con --country P
                       --focal-point NOMBRE
  package export       escribe un paquete en -o ARCHIVO.focalpkg: todo, o
                       --group G | --plan PLAN | --meeting UUID | --changes-for P
                       [--to P]
  package inspect ARCHIVO
                       muestra un paquete y lo que haría su importación
  package import ARCHIVO
                       importa un paquete [--dry-run]
  package conflicts    lista los conflictos pendientes de resolver
  package resolve ID keep|take   conserva el valor local o toma el recibido
</translation>
    </message>
    <message>
        <source>Run &quot;focal-cli --help&quot; for the commands.</source>
        <translation>Ejecute &quot;focal-cli --help&quot; para ver los comandos.</translation>
    </message>
    <message>
        <source>Say what to do with packages: export, inspect, import, conflicts or resolve.</source>
        <translation>Indique qué hacer con los paquetes: export, inspect, import, conflicts o resolve.</translation>
    </message>
    <message>
        <source>Unknown package command &quot;%1&quot;; use export, inspect, import, conflicts or resolve.</source>
        <translation>Comando de paquetes desconocido: &quot;%1&quot;; use export, inspect, import, conflicts o resolve.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;site&quot;.</source>
        <translation>Demasiados argumentos para &quot;site&quot;.</translation>
    </message>
    <message>
        <source>--focal-point needs the focal point&apos;s name.</source>
        <translation>--focal-point necesita el nombre del punto focal.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>Site:         %1</source>
        <translation>Instalación:    %1</translation>
    </message>
    <message>
        <source>Country:      %1</source>
        <translation>País:           %1</translation>
    </message>
    <message>
        <source>Focal point:  %1</source>
        <translation>Punto focal:    %1</translation>
    </message>
    <message>
        <source>Set this installation&apos;s country and focal point before exchanging packages: focal-cli site --country C --focal-point NAME</source>
        <translation>Defina el país y el punto focal de esta instalación antes de intercambiar paquetes: focal-cli site --country P --focal-point NOMBRE</translation>
    </message>
    <message>
        <source>There is no meeting &quot;%1&quot;; name it by its UUID (focal-cli list meetings).</source>
        <translation>No hay ninguna reunión &quot;%1&quot;; indíquela por su UUID (focal-cli list meetings).</translation>
    </message>
    <message>
        <source>--changes-for and --to name different countries; the changes are for the country they are sent to.</source>
        <translation>--changes-for y --to indican países distintos; los cambios son para el país al que se envían.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package export&quot;.</source>
        <translation>Demasiados argumentos para &quot;package export&quot;.</translation>
    </message>
    <message>
        <source>Choose one of --group, --plan, --meeting and --changes-for (none: everything).</source>
        <translation>Elija una de las opciones --group, --plan, --meeting y --changes-for (ninguna: todo).</translation>
    </message>
    <message>
        <source>&quot;package export&quot; needs -o FILE.focalpkg.</source>
        <translation>&quot;package export&quot; necesita -o ARCHIVO.focalpkg.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Se escribió %1 (%2).</translation>
    </message>
    <message>
        <source>Selection:    %1</source>
        <translation>Selección:      %1</translation>
    </message>
    <message>
        <source>Records:      %1</source>
        <translation>Registros:      %1</translation>
    </message>
    <message>
        <source>Deletions:    %1</source>
        <translation>Eliminaciones:  %1</translation>
    </message>
    <message>
        <source>Attachments:  %1</source>
        <translation>Adjuntos:       %1</translation>
    </message>
    <message>
        <source>Package:      %1 (format %2)</source>
        <translation>Paquete:        %1 (formato %2)</translation>
    </message>
    <message>
        <source>Sender:       %1, site %2</source>
        <translation>Remitente:      %1, instalación %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Created:      %1 UTC</source>
        <translation>Creado:         %1 UTC</translation>
    </message>
    <message>
        <source>For:          %1</source>
        <translation>Destinatario:   %1</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Checksum:     OK (SHA-256 %1)</source>
        <translation>Verificación:   OK (SHA-256 %1)</translation>
    </message>
    <message>
        <source>%1 was refused, nothing was imported: %2</source>
        <translation>%1 se rechazó, no se importó nada: %2</translation>
    </message>
    <message>
        <source>Say which package to inspect.</source>
        <translation>Indique qué paquete inspeccionar.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package inspect&quot;.</source>
        <translation>Demasiados argumentos para &quot;package inspect&quot;.</translation>
    </message>
    <message>
        <source>Importing it here would do:</source>
        <translation>Importarlo aquí haría lo siguiente:</translation>
    </message>
    <message>
        <source>Say which package to import.</source>
        <translation>Indique qué paquete importar.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package import&quot;.</source>
        <translation>Demasiados argumentos para &quot;package import&quot;.</translation>
    </message>
    <message>
        <source>Package from %1 (%2), made %3 UTC.</source>
        <translation>Paquete de %1 (%2), creado el %3 UTC.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>sin país</translation>
    </message>
    <message>
        <source>The package has nothing to change here.</source>
        <translation>El paquete no tiene nada que modificar aquí.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Simulación: no se importó nada.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 in conflict, %5 unchanged.</source>
        <translation>Importado: %1 agregados, %2 modificados, %3 eliminados, %4 en conflicto, %5 sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait to be settled: focal-cli package conflicts</source>
        <translation>
            <numerusform>%n conflicto pendiente de resolver: focal-cli package conflicts</numerusform>
            <numerusform>%n conflictos pendientes de resolver: focal-cli package conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(registro completo)</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>eliminado aquí</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>modificado aquí</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>exists here</source>
        <translation>existe aquí</translation>
    </message>
    <message>
        <source>a new record with the same key</source>
        <translation>un registro nuevo con la misma clave</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package conflicts&quot;.</source>
        <translation>Demasiados argumentos para &quot;package conflicts&quot;.</translation>
    </message>
    <message>
        <source>No conflicts: everything received has been merged.</source>
        <translation>No hay conflictos: todo lo recibido se ha combinado.</translation>
    </message>
    <message>
        <source>Say which conflict and how: package resolve ID keep|take.</source>
        <translation>Indique qué conflicto y cómo: package resolve ID keep|take.</translation>
    </message>
    <message>
        <source>Settle a conflict with &quot;keep&quot; (the value here) or &quot;take&quot; (the incoming one), not &quot;%1&quot;.</source>
        <translation>Resuelva un conflicto con &quot;keep&quot; (el valor de aquí) o &quot;take&quot; (el recibido), no con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no open conflict &quot;%1&quot; (see focal-cli package conflicts).</source>
        <translation>No hay ningún conflicto abierto &quot;%1&quot; (vea focal-cli package conflicts).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several conflicts; give more of the ID.</source>
        <translation>&quot;%1&quot; designa varios conflictos; escriba más caracteres del ID.</translation>
    </message>
    <message>
        <source>Kept the value here for %1.</source>
        <translation>Se conservó el valor de aquí para %1.</translation>
    </message>
    <message>
        <source>Took the incoming value for %1.</source>
        <translation>Se tomó el valor recibido para %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still wait to be settled.</source>
        <translation>
            <numerusform>Todavía queda %n conflicto pendiente de resolver.</numerusform>
            <numerusform>Todavía quedan %n conflictos pendientes de resolver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::cli::PlanCommands</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Líneas de acción</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Wrote the plan %1 to %2.</source>
        <translation>Se escribió el plan %1 en %2.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>%1 line(s) of action and %2 product(s) or activity(ies)</source>
        <translation>%1 línea(s) de acción y %2 producto(s) o actividad(es)</translation>
    </message>
    <message>
        <source>Replaced the items of %1 with %2 from %3.</source>
        <translation>Se reemplazaron los elementos de %1 por %2 de %3.</translation>
    </message>
    <message>
        <source>Added %1 to %2 from %3.</source>
        <translation>Se agregaron %1 a %2 desde %3.</translation>
    </message>
</context>
<context>
    <name>focal::cli::ReportCommand</name>
    <message>
        <source>With report annual: the years of activities, e.g. 2019-2020 or 2020.</source>
        <translation>Con report annual: los años de las actividades, p. ej., 2019-2020 o 2020.</translation>
    </message>
    <message>
        <source>Y1-Y2</source>
        <translation>A1-A2</translation>
    </message>
    <message>
        <source>With report annual: the year of the work plans (default: the year after).</source>
        <translation>Con report annual: el año de los planes de trabajo (predeterminado: el año siguiente).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <source>With report plan: the plan (UUID or handle).</source>
        <translation>Con report plan: el plan (UUID o identificador).</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>With report minutes: the meeting&apos;s UUID.</source>
        <translation>Con report minutes: el UUID de la reunión.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>With report: the report&apos;s language, es, pt or en (default es).</source>
        <translation>Con report: el idioma del informe, es, pt o en (predeterminado: es).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>With report: the paper, a4 or letter (default a4).</source>
        <translation>Con report: el papel, a4 o letter (predeterminado: a4).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>With report: write PDF/A-1b, for archiving.</source>
        <translation>Con report: generar PDF/A-1b, para archivo.</translation>
    </message>
    <message>
        <source>  report KIND          write a report as PDF to -o FILE.pdf; KIND is one of
                       %1
                       annual: --group G --years Y1-Y2 [--plan-year Y]
                       annex1, annex2, bundle: --group G
                       plan: --plan PLAN; minutes: --meeting UUID
                       commitments, timeline: [--group G] [--today YYYY-MM-DD]
                       [--lang es|pt|en] [--paper a4|letter] [--pdfa]
</source>
        <translation>  report TIPO          escribe un informe en PDF en -o ARCHIVO.pdf; TIPO es uno de
                       %1
                       annual: --group G --years A1-A2 [--plan-year A]
                       annex1, annex2, bundle: --group G
                       plan: --plan PLAN; minutes: --meeting UUID
                       commitments, timeline: [--group G] [--today AAAA-MM-DD]
                       [--lang es|pt|en] [--paper a4|letter] [--pdfa]
</translation>
    </message>
    <message>
        <source>Say which report to write: %1.</source>
        <translation>Indique qué informe generar: %1.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;report&quot;.</source>
        <translation>Demasiados argumentos para &quot;report&quot;.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; choose one of: %2.</source>
        <translation>No existe el informe &quot;%1&quot;; elija uno de: %2.</translation>
    </message>
    <message>
        <source>&quot;report&quot; needs -o FILE.pdf.</source>
        <translation>&quot;report&quot; necesita -o ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>&quot;report %1&quot; needs --group G (a short name such as seguridad, or a UUID).</source>
        <translation>&quot;report %1&quot; necesita --group G (un nombre corto como seguridad, o un UUID).</translation>
    </message>
    <message>
        <source>&quot;report plan&quot; needs --plan PLAN (UUID or handle, see &quot;focal-cli plan list&quot;).</source>
        <translation>&quot;report plan&quot; necesita --plan PLAN (UUID o identificador; vea &quot;focal-cli plan list&quot;).</translation>
    </message>
    <message>
        <source>&quot;report minutes&quot; needs --meeting UUID (see &quot;focal-cli list meetings&quot;).</source>
        <translation>&quot;report minutes&quot; necesita --meeting UUID (vea &quot;focal-cli list meetings&quot;).</translation>
    </message>
    <message>
        <source>&quot;report annual&quot; needs --years, e.g. --years 2019-2020.</source>
        <translation>&quot;report annual&quot; necesita --years, p. ej., --years 2019-2020.</translation>
    </message>
    <message>
        <source>--years needs a year or a first and a last year, in order, e.g. 2019-2020 (not &quot;%1&quot;).</source>
        <translation>--years necesita un año, o un primer y un último año en orden, p. ej., 2019-2020 (no &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--plan-year needs a year, e.g. 2021.</source>
        <translation>--plan-year necesita un año, p. ej., 2021.</translation>
    </message>
    <message>
        <source>--lang needs es, pt or en.</source>
        <translation>--lang necesita es, pt o en.</translation>
    </message>
    <message>
        <source>--paper needs a4 or letter.</source>
        <translation>--paper necesita a4 o letter.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today necesita una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>There is no meeting %1 (see &quot;focal-cli list meetings&quot;).</source>
        <translation>No existe la reunión %1 (vea &quot;focal-cli list meetings&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se generó %1 (%n página).</numerusform>
            <numerusform>Se generó %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::commands</name>
    <message>
        <source>Products can only be added to a line of action of this plan.</source>
        <translation>Solo se pueden agregar productos a una línea de acción de este plan.</translation>
    </message>
    <message>
        <source>Add line of action</source>
        <translation>Agregar línea de acción</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Agregar producto</translation>
    </message>
    <message>
        <source>Remove line of action</source>
        <translation>Eliminar línea de acción</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Eliminar producto</translation>
    </message>
    <message>
        <source>An item can only be moved under a line of action of its plan.</source>
        <translation>Un elemento solo puede moverse debajo de una línea de acción de su plan.</translation>
    </message>
    <message>
        <source>A line of action with products cannot become a product. Move or remove its products first.</source>
        <translation>Una línea de acción con productos no puede convertirse en producto. Primero mueva o elimine sus productos.</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover elemento</translation>
    </message>
    <message>
        <source>The item is already the first one.</source>
        <translation>El elemento ya es el primero.</translation>
    </message>
    <message>
        <source>The item is already the last one.</source>
        <translation>El elemento ya es el último.</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Subir elemento</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Bajar elemento</translation>
    </message>
    <message>
        <source>A product cannot be indented further.</source>
        <translation>Un producto no puede tener más sangría.</translation>
    </message>
    <message>
        <source>The first line of action has no line before it to go under.</source>
        <translation>La primera línea de acción no tiene ninguna línea anterior bajo la cual ubicarse.</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>Aumentar la sangría del elemento</translation>
    </message>
    <message>
        <source>A line of action cannot be outdented.</source>
        <translation>Una línea de acción no puede tener menos sangría.</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>Reducir la sangría del elemento</translation>
    </message>
    <message>
        <source>Set responsible countries</source>
        <translation>Definir los países responsables</translation>
    </message>
</context>
<context>
    <name>focal::commands::EditIntroductionCommand</name>
    <message>
        <source>Edit Report Introduction</source>
        <translation>Editar la introducción del informe</translation>
    </message>
</context>
<context>
    <name>focal::meetingCommands</name>
    <message>
        <source>Minutes %1</source>
        <translation>Acta: %1</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Reabrir el acta</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nueva reunión: %1</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Duplicar reunión</translation>
    </message>
    <message numerus="yes">
        <source>Carry %n open commitment(s)</source>
        <translation>
            <numerusform>Incorporar %n compromiso pendiente</numerusform>
            <numerusform>Incorporar %n compromisos pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::planCommands</name>
    <message>
        <source>Plan %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Reprogram into %1</source>
        <translation>Reprogramar para %1</translation>
    </message>
</context>
<context>
    <name>focal::report::AnnexBundle</name>
    <message>
        <source>Choose the working group of the annexes.</source>
        <translation>Elija el grupo de trabajo de los anexos.</translation>
    </message>
    <message>
        <source>Left out %1: its attached file %2 is not a PDF.</source>
        <translation>Se omitió %1: su archivo adjunto %2 no es un PDF.</translation>
    </message>
    <message>
        <source>The bundle could not be read back.</source>
        <translation>No se pudo volver a leer el compendio de anexos.</translation>
    </message>
</context>
<context>
    <name>focal::report::AnnualReport</name>
    <message>
        <source>Choose the years of the report: a first year and a last year that is not before it.</source>
        <translation>Elija los años del informe: un primer año y un último año que no sea anterior a él.</translation>
    </message>
    <message>
        <source>A report covers at most %1 years; choose fewer.</source>
        <translation>Un informe abarca como máximo %1 años; elija menos.</translation>
    </message>
</context>
<context>
    <name>focal::report::GroupReportData</name>
    <message>
        <source>The working group of the report no longer exists.</source>
        <translation>El grupo de trabajo del informe ya no existe.</translation>
    </message>
</context>
<context>
    <name>focal::report::MinutesReport</name>
    <message>
        <source>The meeting of the report no longer exists.</source>
        <translation>La reunión del informe ya no existe.</translation>
    </message>
</context>
<context>
    <name>focal::report::PdfBundle</name>
    <message>
        <source>The attached file %1 cannot be read.</source>
        <translation>No se puede leer el archivo adjunto %1.</translation>
    </message>
    <message>
        <source>The attached file %1 is not a PDF document.</source>
        <translation>El archivo adjunto %1 no es un documento PDF.</translation>
    </message>
    <message>
        <source>The attached file %1 has no pages.</source>
        <translation>El archivo adjunto %1 no tiene páginas.</translation>
    </message>
    <message>
        <source>The attached file %1 is protected by a password and cannot be added.</source>
        <translation>El archivo adjunto %1 está protegido con contraseña y no se puede agregar.</translation>
    </message>
    <message>
        <source>The attached file %1 is not a valid PDF document.</source>
        <translation>El archivo adjunto %1 no es un documento PDF válido.</translation>
    </message>
    <message>
        <source>There are no documents to put together.</source>
        <translation>No hay documentos que reunir.</translation>
    </message>
    <message>
        <source>The documents could not be put together in one PDF.</source>
        <translation>No se pudieron reunir los documentos en un solo PDF.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved as %1: the folder does not exist or cannot be written to.</source>
        <translation>No se puede guardar el PDF como %1: la carpeta no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1.</source>
        <translation>No se pudo guardar el PDF como %1.</translation>
    </message>
</context>
<context>
    <name>focal::report::PdfExport</name>
    <message>
        <source>The report could not be drawn as a PDF.</source>
        <translation>No se pudo generar el informe en PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be completed with its bookmarks and document information.</source>
        <translation>No se pudo completar el PDF con sus marcadores y la información del documento.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved as %1: the folder does not exist or cannot be written to.</source>
        <translation>No se puede guardar el PDF como %1: la carpeta no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1.</source>
        <translation>No se pudo guardar el PDF como %1.</translation>
    </message>
</context>
<context>
    <name>focal::report::ReportJob</name>
    <message>
        <source>Annual report</source>
        <translation>Informe anual</translation>
    </message>
    <message>
        <source>Annex 1: institutions by country</source>
        <translation>Anexo 1: instituciones por país</translation>
    </message>
    <message>
        <source>Annex 2: documents</source>
        <translation>Anexo 2: documentos</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translation>Acta de una reunión</translation>
    </message>
    <message>
        <source>Commitments by country</source>
        <translation>Compromisos por país</translation>
    </message>
    <message>
        <source>Plan timeline</source>
        <translation>Cronograma de los planes</translation>
    </message>
    <message>
        <source>Annex bundle (annexes and attached PDFs)</source>
        <translation>Compendio de anexos (anexos y PDF adjuntos)</translation>
    </message>
    <message>
        <source>Choose the working group of the report.</source>
        <translation>Elija el grupo de trabajo del informe.</translation>
    </message>
    <message>
        <source>Choose the work plan to print.</source>
        <translation>Elija el plan de trabajo que desea imprimir.</translation>
    </message>
    <message>
        <source>Choose the meeting whose minutes to print.</source>
        <translation>Elija la reunión cuya acta desea imprimir.</translation>
    </message>
    <message>
        <source>Choose the document to make.</source>
        <translation>Elija el documento que desea generar.</translation>
    </message>
</context>
<context>
    <name>focal::report::WorkPlanReport</name>
    <message>
        <source>The plan of the report no longer exists.</source>
        <translation>El plan del informe ya no existe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Focal</source>
        <translation>Focal</translation>
    </message>
    <message>
        <source>Focal could not open the database %1.

%2</source>
        <translation>Focal no pudo abrir la base de datos %1.

%2</translation>
    </message>
    <message>
        <source>A desktop workbench for the national focal points of PROSUR.</source>
        <translation>Una herramienta de escritorio para los puntos focales nacionales de PROSUR.</translation>
    </message>
    <message>
        <source>Open the database at PATH (created with the PROSUR data when missing) instead of %1.</source>
        <translation>Abrir la base de datos ubicada en RUTA (creada con los datos de PROSUR si no existe) en lugar de %1.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
</context>
</TS>
