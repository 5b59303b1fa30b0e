<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>UnappliedChanges</name>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::AreaForm</name>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Spanish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Portuguese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Spanish name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit thematic area %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of %1 refers to a missing record of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup %1 &quot;%2&quot; of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no leader country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists its leader country among its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 countries; the forum asks for three or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan item &quot;%1&quot; hangs under an item of another plan or under a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment &quot;%1&quot; has no responsible country or status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::Cli</name>
    <message>
        <source>Run &quot;focal-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an empty database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the PROSUR default data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:          %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default data:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list of &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal&apos;s command-line tool for the PROSUR workbench.

Commands:
  init                 create a new database with the PROSUR default data
  info                 show the database&apos;s file, version, site and contents
  list KIND            list %1
  search TEXT          full-text search (case and accents do not matter)
  check                check integrity, links and the forum&apos;s rules

Exit codes: 0 success, 1 failure or problems found, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With init: create the database without the default data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print technical details of errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::CountryForm</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISO code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 alpha-2 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Spanish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Portuguese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO code is two capital letters, like CL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Spanish name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit country %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::Dashboard</name>
    <message>
        <source>A stored deadline cannot be read; run &quot;focal-cli check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Focal does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Focal database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal cannot create a database in %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; reinstall Focal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal could not create %1: check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Focal (data version %2; this version reads up to %3). Update Focal to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal cannot write to %1: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal needs to update %1 but could not keep a backup copy first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to data version %1 failed; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is being changed by another Focal window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be written: the disk may be full or the file read-only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change would break the data (a required link, or a duplicate); it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is too large or of the wrong kind; the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error; the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: no transaction to commit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::DatabaseFile</name>
    <message>
        <source>Focal could not create its data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::Deadline</name>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sixth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seventh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eighth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, month, period or year that Focal understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline that is still to be defined cannot be combined with dates or periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only months can form a range, as in &quot;Oct – dic 2020&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is missing after &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by a bimester, quarter or semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinal such as &quot;primer&quot;, &quot;2do&quot; or &quot;first&quot; is missing before &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 bimester: a year has six bimesters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 quarter: a year has four quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 semester: a year has two semesters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year is missing after &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1: a year has twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown month &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month is missing after &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write day, month and year, as in 15.03.2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid year: write four digits from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::DefaultData</name>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no %2 defined before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is not understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;start_time&quot; is not a time (HH:MM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Focal default data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown version of the default data format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default data is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default data cannot be read: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default data is invalid at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::DetailsHtml</name>
    <message>
        <source>There is no record to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro tempore presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions by country (Annex 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — led by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the forum asks for at least %1 countries in a subgroup, leader included; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::DetailsView</name>
    <message>
        <source>Details of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home page could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of the forum to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::FileMenu</name>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database, with the PROSUR data or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Focal database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of this database to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Focal never replaces a file with a new database: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the new database contain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PROSUR default data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal could not create the database %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal could not open the database %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Focal does not replace files with copies: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::ForumTreeModel</name>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::GroupCountriesEditor</name>
    <message>
        <source>Participating countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::HomeHtml</name>
    <message>
        <source>subgroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue plan deadlines (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in the next %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline is coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines by subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open commitments by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::InstitutionForm</name>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit institution %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::Listings</name>
    <message>
        <source>There is no list of &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened database&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made, and was taken off the undo history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is changing the database, so the change could not be written yet. Try again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the home page: deadlines, commitments and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Focal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Focal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Focal %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for the national focal points of PROSUR: the forum&apos;s working groups, subgroups, meetings, commitments and plans, kept in one database per person.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::PersonForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in &amp;working group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group of the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address, like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::RecordActions</name>
    <message>
        <source>New &amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person (a focal point) to the current country or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new countries added before their real ISO codes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subgroup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::RecordForm</name>
    <message>
        <source>Write the changes (Ctrl+Return or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::RecordHtml</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of this kind cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::RecordRemoval</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be deleted: other records refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::RemovalText</name>
    <message>
        <source>1 country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 forum membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forum memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pro tempore presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pro tempore presidencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 role of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thematic areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 participating country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participating countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 participating institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participating institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 member countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 country of a plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 countries of plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 country at a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 countries at meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meeting participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leads 1 subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leads %1 subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a member of 1 subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a member of %1 subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it takes part in 1 working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it takes part in %1 working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a member of the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it held the pro tempore presidency once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it held the pro tempore presidency %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has 1 institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person belongs to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people belong to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it took part in 1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it took part in %1 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is named in 1 plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is named in %1 plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is responsible for 1 agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is responsible for %1 agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2. Change or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? With it go %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::Repository</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored value cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::SearchDock</name>
    <message>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::SubgroupForm</name>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another subgroup of this group has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum asks for at least %1 countries in a subgroup, the leader included; this one has %2. It can be saved all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subgroup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>focal::WorkingGroupForm</name>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating &amp;countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating &amp;institutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit working group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Focal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal could not open the database %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop workbench for the national focal points of PROSUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at PATH (created with the PROSUR data when missing) instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
