<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>UnappliedChanges</name>
    <message>
        <source>Unapplied Changes</source>
        <translation>Alterações não aplicadas</translation>
    </message>
    <message>
        <source>Apply the changes to %1?</source>
        <translation>Aplicar as alterações a %1?</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Apresentado por</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>A new agenda item</source>
        <translation>Um novo item da pauta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>A duration is a number of minutes, e.g. 20.</source>
        <translation>A duração é um número de minutos, p. ex. 20.</translation>
    </message>
</context>
<context>
    <name>focal::AgreementsEditor</name>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>What was agreed or decided</source>
        <translation>O que foi acordado ou decidido</translation>
    </message>
    <message>
        <source>Add a&amp;greement</source>
        <translation>Adicionar &amp;acordo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>It is a &amp;commitment</source>
        <translation>É um &amp;compromisso</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Responsible &amp;country:</source>
        <translation>País &amp;responsável:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>Açã&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Pra&amp;zo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>Serves plan &amp;item:</source>
        <translation>Contribui para o it&amp;em do plano:</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>The due date is not a deadline: %1</source>
        <translation>O prazo não foi reconhecido: %1</translation>
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
        <translation>Nome (&amp;espanhol):</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nome em espanhol</translation>
    </message>
    <message>
        <source>Name (&amp;Portuguese):</source>
        <translation>Nome (&amp;português):</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nome em português</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Nome (i&amp;nglês):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nome em inglês</translation>
    </message>
    <message>
        <source>The Spanish name is required.</source>
        <translation>O nome em espanhol é obrigatório.</translation>
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
        <translation>Exportar para um calendário</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>This meeting has no date yet, so it cannot go into a calendar.</source>
        <translation>Esta reunião ainda não tem data, por isso não pode ir para um calendário.</translation>
    </message>
    <message>
        <source>meeting-%1.ics</source>
        <translation>reuniao-%1.ics</translation>
    </message>
    <message>
        <source>There are no meetings from %1 on to export.</source>
        <translation>Não há reuniões a partir de %1 para exportar.</translation>
    </message>
    <message>
        <source>upcoming-meetings.ics</source>
        <translation>proximas-reunioes.ics</translation>
    </message>
</context>
<context>
    <name>focal::CarryOver</name>
    <message>
        <source>&quot;%1&quot; is not a meeting of a working group: it has no commitments to follow up.</source>
        <translation>&quot;%1&quot; não é uma reunião de um grupo de trabalho: não tem compromissos a acompanhar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no date: which meetings came before it is not known.</source>
        <translation>&quot;%1&quot; não tem data: não se sabe quais reuniões vieram antes dela.</translation>
    </message>
</context>
<context>
    <name>focal::ChangeSequence</name>
    <message>
        <source>The database file is damaged.</source>
        <translation>O arquivo do banco de dados está danificado.</translation>
    </message>
</context>
<context>
    <name>focal::Checker</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>O arquivo está danificado: %1</translation>
    </message>
    <message>
        <source>A record of %1 refers to a missing record of %2.</source>
        <translation>Um registro de %1 remete a um registro inexistente de %2.</translation>
    </message>
    <message>
        <source>Subgroup %1 &quot;%2&quot; of %3</source>
        <translation>Subgrupo %1 &quot;%2&quot; de %3</translation>
    </message>
    <message>
        <source>%1 has no leader country.</source>
        <translation>%1 não tem país líder.</translation>
    </message>
    <message>
        <source>%1 lists its leader country among its members.</source>
        <translation>%1 inclui seu país líder entre os integrantes.</translation>
    </message>
    <message>
        <source>%1 has %2 countries; the forum asks for three or more.</source>
        <translation>%1 tem %2 países; o Foro pede três ou mais.</translation>
    </message>
    <message>
        <source>The plan item &quot;%1&quot; hangs under an item of another plan or under a product.</source>
        <translation>O item de plano &quot;%1&quot; está subordinado a um item de outro plano ou a um produto.</translation>
    </message>
    <message>
        <source>The commitment &quot;%1&quot; has no responsible country or status.</source>
        <translation>O compromisso &quot;%1&quot; não tem país responsável ou situação.</translation>
    </message>
    <message>
        <source>%1 stores %2 as the last day of a deadline that is to be defined; the file was changed outside Focal.</source>
        <translation>%1 registra %2 como último dia de um prazo a definir; o arquivo foi alterado fora do Focal.</translation>
    </message>
    <message>
        <source>%1 stores no last day for its deadline &quot;%2&quot;, which ends on %3; the file was changed outside Focal.</source>
        <translation>%1 não registra o último dia do prazo &quot;%2&quot;, que termina em %3; o arquivo foi alterado fora do Focal.</translation>
    </message>
    <message>
        <source>%1 stores %2 as the last day of its deadline, but &quot;%3&quot; ends on %4; the file was changed outside Focal.</source>
        <translation>%1 registra %2 como último dia do prazo, mas &quot;%3&quot; termina em %4; o arquivo foi alterado fora do Focal.</translation>
    </message>
    <message>
        <source>The plan item &quot;%1&quot;</source>
        <translation>O item de plano &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot;</source>
        <translation>O acordo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The record %1 of %2 has change clocks that cannot be read; the file was changed outside Focal.</source>
        <translation>O registro %1 de %2 tem relógios de alteração que não podem ser lidos; o arquivo foi alterado fora do Focal.</translation>
    </message>
</context>
<context>
    <name>focal::Cli</name>
    <message>
        <source>Run &quot;focal-cli --help&quot; for the commands.</source>
        <translation>Execute &quot;focal-cli --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>Created an empty database at %1.</source>
        <translation>Banco de dados vazio criado em %1.</translation>
    </message>
    <message>
        <source>Created %1 with the PROSUR default data.</source>
        <translation>%1 criado com os dados padrão do PROSUR.</translation>
    </message>
    <message>
        <source>Database:      %1</source>
        <translation>Banco de dados:   %1</translation>
    </message>
    <message>
        <source>Size:          %1 bytes</source>
        <translation>Tamanho:          %1 bytes</translation>
    </message>
    <message>
        <source>Data version:  %1</source>
        <translation>Versão dos dados: %1</translation>
    </message>
    <message>
        <source>Site:          %1</source>
        <translation>Instalação:       %1</translation>
    </message>
    <message>
        <source>Author:        %1</source>
        <translation>Autor:            %1</translation>
    </message>
    <message>
        <source>Default data:  %1</source>
        <translation>Dados padrão:     %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation>Indique o que listar: %1.</translation>
    </message>
    <message>
        <source>There is no list of &quot;%1&quot;; choose one of: %2.</source>
        <translation>Não existe a lista &quot;%1&quot;; escolha uma destas: %2.</translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation>Indique o que pesquisar.</translation>
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
        <translation>Nada encontrado.</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>O banco de dados está íntegro.</translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation>Usar o banco de dados em CAMINHO.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CAMINHO</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Exibir o resultado em JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>With init: create the database without the default data.</source>
        <translation>Com init: criar o banco de dados sem os dados padrão.</translation>
    </message>
    <message>
        <source>Print technical details of errors.</source>
        <translation>Exibir os detalhes técnicos dos erros.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>O comando a executar.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database requer o caminho de um arquivo.</translation>
    </message>
    <message>
        <source>Say which command to run.</source>
        <translation>Indique qual comando executar.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation>Argumentos demais para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando &quot;%1&quot; desconhecido.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;plan list&quot;.</source>
        <translation>Argumentos demais para &quot;plan list&quot;.</translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2021.</source>
        <translation>--year requer um ano, p. ex. 2021.</translation>
    </message>
    <message>
        <source>No plans.</source>
        <translation>Nenhum plano.</translation>
    </message>
    <message>
        <source>Say what to do with plans: list, export or import.</source>
        <translation>Indique o que fazer com os planos: list, export ou import.</translation>
    </message>
    <message>
        <source>Unknown plan command &quot;%1&quot;; use list, export or import.</source>
        <translation>Comando de plano &quot;%1&quot; desconhecido; use list, export ou import.</translation>
    </message>
    <message>
        <source>Say which plan: its UUID, GROUP/sectoral, GROUP/YEAR or GROUP/SUBGROUP/YEAR (see &quot;focal-cli plan list&quot;).</source>
        <translation>Indique qual plano: seu UUID, GRUPO/sectoral, GRUPO/ANO ou GRUPO/SUBGRUPO/ANO (veja &quot;focal-cli plan list&quot;).</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;plan %1&quot;.</source>
        <translation>Argumentos demais para &quot;plan %1&quot;.</translation>
    </message>
    <message>
        <source>&quot;plan %1&quot; needs --csv FILE.</source>
        <translation>&quot;plan %1&quot; requer --csv ARQUIVO.</translation>
    </message>
    <message>
        <source>Say what to do with meetings: ics.</source>
        <translation>Indique o que fazer com as reuniões: ics.</translation>
    </message>
    <message>
        <source>Unknown meetings command &quot;%1&quot;; use ics.</source>
        <translation>Comando de reuniões &quot;%1&quot; desconhecido; use ics.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;meetings ics&quot;.</source>
        <translation>Argumentos demais para &quot;meetings ics&quot;.</translation>
    </message>
    <message>
        <source>&quot;meetings ics&quot; needs -o FILE.ics.</source>
        <translation>&quot;meetings ics&quot; requer -o ARQUIVO.ics.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today requer uma data no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;commitments&quot;.</source>
        <translation>Argumentos demais para &quot;commitments&quot;.</translation>
    </message>
    <message>
        <source>--status needs one of: %1.</source>
        <translation>--status requer um destes valores: %1.</translation>
    </message>
    <message>
        <source>No commitments.</source>
        <translation>Nenhum compromisso.</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>With plan list: only the plans of year Y.</source>
        <translation>Com plan list: somente os planos do ano A.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <source>With plan export and import: the CSV file.</source>
        <translation>Com plan export e import: o arquivo CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>With plan import: replace the plan&apos;s items instead of adding to them.</source>
        <translation>Com plan import: substituir os itens do plano em vez de acrescentar a eles.</translation>
    </message>
    <message>
        <source>With meetings ics: only meetings from today on.</source>
        <translation>Com meetings ics: somente as reuniões a partir de hoje.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>P</translation>
    </message>
    <message>
        <source>With commitments: only those in status S (open, done, dropped).</source>
        <translation>Com commitments: somente os na situação S (open, done, dropped).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>With commitments: only open ones past their deadline.</source>
        <translation>Com commitments: somente os abertos com o prazo vencido.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>With commitments, meetings ics and report: take DATE as today (YYYY-MM-DD).</source>
        <translation>Com commitments, meetings ics e report: considerar DATA como hoje (AAAA-MM-DD).</translation>
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
        <translation>Ferramenta de linha de comando do Focal, o ambiente de trabalho do PROSUR.

Comandos:
  init                 cria um novo banco de dados com os dados padrão do PROSUR
  info                 mostra o arquivo, a versão, a instalação e o conteúdo do banco
  list TIPO            lista %1
  search TEXTO         pesquisa em todo o texto (maiúsculas e acentos não importam)
  check                verifica a integridade, os vínculos e as regras do Foro
  plan list            lista os planos [--group G] [--year A] [--json]
  plan export PLANO    grava um plano em --csv ARQUIVO (UTF-8, Excel e LibreOffice)
  plan import PLANO    acrescenta as linhas de --csv ARQUIVO a um plano [--replace]
                       (PLANO: UUID, GRUPO/sectoral, GRUPO/ANO, GRUPO/SUBGRUPO/ANO)
  meetings ics         grava as reuniões em -o ARQUIVO.ics (iCalendar)
                       [--upcoming] [--group G] [--today AAAA-MM-DD]
  commitments          acompanhamento dos compromissos [--country P] [--status S]
                       [--overdue] [--group G] [--today AAAA-MM-DD] [--json]
%2%3
Códigos de saída: 0 sucesso, 1 falha ou problemas encontrados, 2 uso incorreto,
3 pacote recusado (malformado, alterado, formato mais recente; nada foi gravado),
4 conflitos aguardando resolução.</translation>
    </message>
    <message>
        <source>With plan list, meetings ics, commitments, report and package export: working group G (short name or UUID).</source>
        <translation>Com plan list, meetings ics, commitments, report e package export: o grupo de trabalho G (nome curto ou UUID).</translation>
    </message>
    <message>
        <source>With meetings ics, report and package export: the file to write.</source>
        <translation>Com meetings ics, report e package export: o arquivo a gravar.</translation>
    </message>
    <message>
        <source>With commitments and site: country C (ISO code or name).</source>
        <translation>Com commitments e site: o país P (código ISO ou nome).</translation>
    </message>
</context>
<context>
    <name>focal::Commitments</name>
    <message>
        <source>(no country)</source>
        <translation>(sem país)</translation>
    </message>
    <message>
        <source>A stored commitment cannot be read; run &quot;focal-cli check&quot;.</source>
        <translation>Não é possível ler um compromisso armazenado; execute &quot;focal-cli check&quot;.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Due (code)</source>
        <translation>Prazo (código)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Data da reunião</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
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
        <translation>Item do plano</translation>
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
        <translation>UUID da reunião</translation>
    </message>
</context>
<context>
    <name>focal::CommitmentsModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, em atraso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Data da reunião</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
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
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Somente em &amp;atraso</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Commitments by &amp;country and status:</source>
        <translation>&amp;Compromissos por país e situação:</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>The commitments could not be shown: %1</source>
        <translation>Não foi possível mostrar os compromissos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s), %1 overdue, as of %2.</source>
        <translation>
            <numerusform>%n compromisso, %1 em atraso, situação em %2.</numerusform>
            <numerusform>%n compromissos, %1 em atraso, situação em %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>em atraso</translation>
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
        <translation>Não é possível ler um conflito armazenado; execute &quot;focal-cli check&quot; neste banco de dados.</translation>
    </message>
</context>
<context>
    <name>focal::Conflicts</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>O registro não existe mais; pode ter sido excluído.</translation>
    </message>
    <message>
        <source>A stored conflict cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation>Não é possível ler um conflito armazenado; execute &quot;focal-cli check&quot; neste banco de dados.</translation>
    </message>
    <message>
        <source>The record still has the same name or code as one here: change or delete that one first.</source>
        <translation>O registro ainda tem o mesmo nome ou código de um registro daqui: altere ou exclua esse registro primeiro.</translation>
    </message>
    <message>
        <source>This conflict has been settled already.</source>
        <translation>Este conflito já foi resolvido.</translation>
    </message>
</context>
<context>
    <name>focal::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>These values were changed both here and by the focal point who sent them. Until you choose, the value here stays.</source>
        <translation>Estes valores foram alterados tanto aqui quanto pelo ponto focal que os enviou. Até que você escolha, o valor daqui é mantido.</translation>
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
        <translation>Aqui</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>No conflicts: everything received has been merged.</source>
        <translation>Nenhum conflito: tudo o que foi recebido foi mesclado.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Manter o meu</translation>
    </message>
    <message>
        <source>Keep the value here for the selected conflicts</source>
        <translation>Manter o valor daqui nos conflitos selecionados</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Aceitar o recebido</translation>
    </message>
    <message>
        <source>Take the incoming value for the selected conflicts</source>
        <translation>Aceitar o valor recebido nos conflitos selecionados</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Não foi possível ler os conflitos: %1</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>O registro inteiro</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>as it is here</source>
        <translation>como está aqui</translation>
    </message>
    <message>
        <source>as they have it</source>
        <translation>como está lá</translation>
    </message>
    <message>
        <source>The conflict could not be settled: %1</source>
        <translation>Não foi possível resolver o conflito: %1</translation>
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
        <translation>Nome (&amp;espanhol):</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nome em espanhol</translation>
    </message>
    <message>
        <source>Name (&amp;Portuguese):</source>
        <translation>Nome (&amp;português):</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nome em português</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Nome (i&amp;nglês):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nome em inglês</translation>
    </message>
    <message>
        <source>The ISO code is required.</source>
        <translation>O código ISO é obrigatório.</translation>
    </message>
    <message>
        <source>The ISO code is two capital letters, like CL.</source>
        <translation>O código ISO tem duas letras maiúsculas, como CL.</translation>
    </message>
    <message>
        <source>Another country already has the code %1.</source>
        <translation>Outro país já tem o código %1.</translation>
    </message>
    <message>
        <source>The Spanish name is required.</source>
        <translation>O nome em espanhol é obrigatório.</translation>
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
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a quote is missing).</source>
        <translation>um campo entre aspas não foi fechado (falta uma aspa).</translation>
    </message>
    <message>
        <source>there is text after the closing quote of a field (a quote inside a field must be doubled).</source>
        <translation>há texto depois da aspa de fechamento de um campo (uma aspa dentro de um campo deve ser duplicada).</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the first row has %1.</source>
        <translation>
            <numerusform>%n campo, mas a primeira linha tem %1.</numerusform>
            <numerusform>%n campos, mas a primeira linha tem %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is too large (%1 MB); at most %2 MB can be read.</source>
        <translation>O texto é grande demais (%1 MB); é possível ler no máximo %2 MB.</translation>
    </message>
    <message>
        <source>The text is not UTF-8. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>O texto não está em UTF-8. Salve-o como &quot;CSV UTF-8&quot; e tente novamente.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); at most %3 MB can be read.</source>
        <translation>%1 é grande demais (%2 MB); é possível ler no máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>focal::Dashboard</name>
    <message>
        <source>A stored deadline cannot be read; run &quot;focal-cli check&quot;.</source>
        <translation>Não é possível ler um prazo armazenado; execute &quot;focal-cli check&quot;.</translation>
    </message>
</context>
<context>
    <name>focal::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Nenhum arquivo de banco de dados foi indicado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 é uma pasta, não um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>%1 already exists; Focal does not overwrite it.</source>
        <translation>%1 já existe; o Focal não o sobrescreve.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Não há banco de dados em %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>Não é possível ler %1: verifique as permissões.</translation>
    </message>
    <message>
        <source>%1 is not a Focal database; it was left untouched.</source>
        <translation>%1 não é um banco de dados do Focal; ele não foi alterado.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>Focal cannot create a database in %1: the folder is read-only.</source>
        <translation>O Focal não pode criar um banco de dados em %1: a pasta é somente leitura.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; reinstall Focal.</source>
        <translation>O driver SQLite do Qt não foi encontrado; reinstale o Focal.</translation>
    </message>
    <message>
        <source>Focal could not open %1.</source>
        <translation>O Focal não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Focal could not create %1: check that the folder is writable and the disk is not full.</source>
        <translation>O Focal não conseguiu criar %1: verifique se a pasta permite gravação e se o disco não está cheio.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 está danificado e não pode ser aberto.</translation>
    </message>
    <message>
        <source>Focal could not read %1.</source>
        <translation>O Focal não conseguiu ler %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Focal (data version %2; this version reads up to %3). Update Focal to open it; the file was left untouched.</source>
        <translation>%1 foi gravado por uma versão mais recente do Focal (versão dos dados %2; esta versão lê até a %3). Atualize o Focal para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Focal cannot write to %1: the file or its folder is read-only.</source>
        <translation>O Focal não pode gravar em %1: o arquivo ou sua pasta é somente leitura.</translation>
    </message>
    <message>
        <source>Focal needs to update %1 but could not keep a backup copy first; nothing was changed.</source>
        <translation>O Focal precisa atualizar %1, mas não conseguiu fazer antes uma cópia de segurança; nada foi alterado.</translation>
    </message>
    <message>
        <source>Updating the database to data version %1 failed; it was left as it was.</source>
        <translation>Falha ao atualizar o banco de dados para a versão dos dados %1; ele foi mantido como estava.</translation>
    </message>
    <message>
        <source>The database is being changed by another Focal window or program. Try again in a moment.</source>
        <translation>O banco de dados está sendo alterado por outra janela do Focal ou por outro programa. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The database file could not be written: the disk may be full or the file read-only. Nothing was changed.</source>
        <translation>Não foi possível gravar o arquivo do banco de dados: o disco pode estar cheio ou o arquivo ser somente leitura. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>O arquivo do banco de dados está danificado.</translation>
    </message>
    <message>
        <source>This change would break the data (a required link, or a duplicate); it was not made.</source>
        <translation>Esta alteração corromperia os dados (um vínculo obrigatório ou uma duplicata); ela não foi feita.</translation>
    </message>
    <message>
        <source>A value is too large or of the wrong kind; the change was not made.</source>
        <translation>Um valor é grande demais ou de tipo incorreto; a alteração não foi feita.</translation>
    </message>
    <message>
        <source>The database reported an error; the change was not made.</source>
        <translation>O banco de dados informou um erro; a alteração não foi feita.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy.</source>
        <translation>%1 já existe; escolha outro nome para a cópia.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>Não foi possível gravar a cópia em %1.</translation>
    </message>
    <message>
        <source>Internal error: no transaction to commit.</source>
        <translation>Erro interno: não há transação para confirmar.</translation>
    </message>
</context>
<context>
    <name>focal::DatabaseFile</name>
    <message>
        <source>Focal could not create its data folder %1.</source>
        <translation>O Focal não conseguiu criar sua pasta de dados %1.</translation>
    </message>
</context>
<context>
    <name>focal::Deadline</name>
    <message>
        <source>first</source>
        <translation>primeiro</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>terceiro</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quarto</translation>
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
        <translation>sétimo</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>oitavo</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>nono</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>décimo</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1º</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1º</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1º</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1º</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janeiro</translation>
    </message>
    <message>
        <source>February</source>
        <translation>fevereiro</translation>
    </message>
    <message>
        <source>March</source>
        <translation>março</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junho</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julho</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>setembro</translation>
    </message>
    <message>
        <source>October</source>
        <translation>outubro</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembro</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dezembro</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; inesperado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, month, period or year that Focal understands.</source>
        <translation>&quot;%1&quot; não é uma data, um mês, um período ou um ano que o Focal reconheça.</translation>
    </message>
    <message>
        <source>A deadline that is still to be defined cannot be combined with dates or periods.</source>
        <translation>Um prazo ainda a definir não pode ser combinado com datas ou períodos.</translation>
    </message>
    <message>
        <source>Only months can form a range, as in &quot;Oct – dic 2020&quot;.</source>
        <translation>Somente meses podem formar um intervalo, como em &quot;out – dez 2020&quot;.</translation>
    </message>
    <message>
        <source>Something is missing after &quot;%1&quot;.</source>
        <translation>Falta algo depois de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by a bimester, quarter or semester.</source>
        <translation>&quot;%1&quot; deve ser seguido de bimestre, trimestre ou semestre.</translation>
    </message>
    <message>
        <source>An ordinal such as &quot;primer&quot;, &quot;2do&quot; or &quot;first&quot; is missing before &quot;%1&quot;.</source>
        <translation>Falta um ordinal como &quot;primeiro&quot;, &quot;2º&quot; ou &quot;first&quot; antes de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no %1 bimester: a year has six bimesters.</source>
        <translation>Não existe %1 bimestre: um ano tem seis bimestres.</translation>
    </message>
    <message>
        <source>There is no %1 quarter: a year has four quarters.</source>
        <translation>Não existe %1 trimestre: um ano tem quatro trimestres.</translation>
    </message>
    <message>
        <source>There is no %1 semester: a year has two semesters.</source>
        <translation>Não existe %1 semestre: um ano tem dois semestres.</translation>
    </message>
    <message>
        <source>A year is missing after &quot;%1&quot;.</source>
        <translation>Falta o ano depois de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>O intervalo termina antes de começar.</translation>
    </message>
    <message>
        <source>There is no month %1: a year has twelve months.</source>
        <translation>Não existe o mês %1: um ano tem doze meses.</translation>
    </message>
    <message>
        <source>Unknown month &quot;%1&quot;.</source>
        <translation>Mês &quot;%1&quot; desconhecido.</translation>
    </message>
    <message>
        <source>A month is missing after &quot;%1&quot;.</source>
        <translation>Falta o mês depois de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write day, month and year, as in 15.03.2021.</source>
        <translation>&quot;%1&quot; não é uma data: escreva dia, mês e ano, como em 15.03.2021.</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a date.</source>
        <translation>%1 de %2 de %3 não é uma data.</translation>
    </message>
    <message>
        <source>%1 is not a valid year: write four digits from %2 to %3.</source>
        <translation>%1 não é um ano válido: escreva quatro algarismos, de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>focal::DeadlineEdit</name>
    <message>
        <source>e.g. Primer bimestre 2021, oct - dic 2020, Por definir</source>
        <translation>p. ex. Primeiro bimestre 2021, out - dez 2020, A definir</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the deadline from a list of periods</source>
        <translation>Escolher o prazo em uma lista de períodos</translation>
    </message>
    <message>
        <source>Choose deadline</source>
        <translation>Escolher o prazo</translation>
    </message>
    <message>
        <source>%1: no date yet</source>
        <translation>%1: ainda sem data</translation>
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
        <translation>✗ Prazo não reconhecido: %1</translation>
    </message>
</context>
<context>
    <name>focal::DeadlinePicker</name>
    <message>
        <source>Choose a Deadline</source>
        <translation>Escolher um prazo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
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
        <translation>Ano</translation>
    </message>
    <message>
        <source>Month range</source>
        <translation>Intervalo de meses</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Data exata</translation>
    </message>
    <message>
        <source>To be defined</source>
        <translation>A definir</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Will be written:</source>
        <translation>Será registrado:</translation>
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
        <translation>(o intervalo termina antes de começar)</translation>
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
        <translation>&quot;%1&quot; deve ser texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; está vazio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation>&quot;%1&quot; não é uma data (AAAA-MM-DD): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no %2 defined before it.</source>
        <translation>&quot;%1&quot; não designa nenhum %2 definido anteriormente.</translation>
    </message>
    <message>
        <source>A %1 has no key.</source>
        <translation>Um registro %1 não tem chave.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice.</source>
        <translation>A chave &quot;%1&quot; é usada duas vezes.</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is not understood: %2</source>
        <translation>O prazo &quot;%1&quot; não foi reconhecido: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; deve ser uma lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; não é um destes valores: %2.</translation>
    </message>
    <message>
        <source>&quot;start_time&quot; is not a time (HH:MM): %1</source>
        <translation>&quot;start_time&quot; não é um horário (HH:MM): %1</translation>
    </message>
    <message>
        <source>This is not a Focal default data file.</source>
        <translation>Este não é um arquivo de dados padrão do Focal.</translation>
    </message>
    <message>
        <source>Unknown version of the default data format.</source>
        <translation>Versão desconhecida do formato dos dados padrão.</translation>
    </message>
    <message>
        <source>The default data is missing from this build.</source>
        <translation>Os dados padrão não estão incluídos nesta compilação.</translation>
    </message>
    <message>
        <source>The default data cannot be read: %1 at character %2.</source>
        <translation>Não é possível ler os dados padrão: %1 no caractere %2.</translation>
    </message>
    <message>
        <source>The default data is invalid at %1: %2</source>
        <translation>Os dados padrão são inválidos em %1: %2</translation>
    </message>
    <message>
        <source>&quot;date&quot; is missing.</source>
        <translation>Falta &quot;date&quot;.</translation>
    </message>
    <message>
        <source>A plan that is %1 cannot become %2.</source>
        <translation>Um plano na situação %1 não pode passar a %2.</translation>
    </message>
    <message>
        <source>The events must be in the order of their dates.</source>
        <translation>Os eventos devem estar na ordem de suas datas.</translation>
    </message>
    <message>
        <source>&quot;recipient&quot; is missing.</source>
        <translation>Falta &quot;recipient&quot;.</translation>
    </message>
    <message>
        <source>&quot;note&quot; is missing: a reopening says why.</source>
        <translation>Falta &quot;note&quot;: uma reabertura deve indicar o motivo.</translation>
    </message>
    <message>
        <source>The plan is %1 but its last event makes it %2.</source>
        <translation>O plano está na situação %1, mas seu último evento o deixa em %2.</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; must be more than zero.</source>
        <translation>&quot;minutes&quot; deve ser maior que zero.</translation>
    </message>
    <message>
        <source>Unknown kind of report text: %1</source>
        <translation>Tipo de texto de relatório desconhecido: %1</translation>
    </message>
</context>
<context>
    <name>focal::DetailsHtml</name>
    <message>
        <source>There is no record to show.</source>
        <translation>Não há registro para mostrar.</translation>
    </message>
    <message>
        <source>This record could not be read. %1</source>
        <translation>Não foi possível ler este registro. %1</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>país desconhecido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Founded by</source>
        <translation>Fundado por</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Fundado em</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Member countries</source>
        <translation>Países membros</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde %2</translation>
    </message>
    <message>
        <source>Pro tempore presidency</source>
        <translation>Presidência Pro Tempore</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>No working group yet.</source>
        <translation>Ainda não há grupo de trabalho.</translation>
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
        <translation>Ainda não registrado.</translation>
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
        <translation>Nenhum registrado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institutions by country (Annex 1)</source>
        <translation>Instituições por país (Anexo 1)</translation>
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
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Warning: the forum asks for at least %1 countries in a subgroup, leader included; this one has %2.</source>
        <translation>Aviso: o Foro pede pelo menos %1 países em um subgrupo, incluído o líder; este tem %2.</translation>
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
        <translation>Nomes</translation>
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
        <translation>Instituições</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
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
        <translation>Detalhes do item selecionado</translation>
    </message>
    <message>
        <source>The home page could not be shown: %1</source>
        <translation>Não foi possível mostrar a página inicial: %1</translation>
    </message>
    <message>
        <source>Select an item of the forum to see its details.</source>
        <translation>Selecione um item do Foro para ver seus detalhes.</translation>
    </message>
</context>
<context>
    <name>focal::Enums</name>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>took part initially</source>
        <translation>participou inicialmente</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>convidado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirou-se</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>ministério</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretaria</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agência</translation>
    </message>
    <message>
        <source>police</source>
        <translation>polícia</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>apoio técnico</translation>
    </message>
    <message>
        <source>national coordination</source>
        <translation>coordenação nacional</translation>
    </message>
    <message>
        <source>pro tempore presidency</source>
        <translation>Presidência Pro Tempore</translation>
    </message>
    <message>
        <source>national coordinator</source>
        <translation>coordenador nacional</translation>
    </message>
    <message>
        <source>focal point</source>
        <translation>ponto focal</translation>
    </message>
    <message>
        <source>sector coordinator</source>
        <translation>coordenador setorial</translation>
    </message>
    <message>
        <source>subgroup leader</source>
        <translation>líder de subgrupo</translation>
    </message>
    <message>
        <source>videoconference</source>
        <translation>videoconferência</translation>
    </message>
    <message>
        <source>in-person workshop</source>
        <translation>oficina presencial</translation>
    </message>
    <message>
        <source>training</source>
        <translation>capacitação</translation>
    </message>
    <message>
        <source>exchange by e-mail</source>
        <translation>troca de e-mails</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>grupo de trabalho</translation>
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
        <translation>presente</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>circulated for comments</source>
        <translation>circulada para comentários</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>sectoral plan</source>
        <translation>plano setorial</translation>
    </message>
    <message>
        <source>work plan proposal</source>
        <translation>proposta de plano de trabalho</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>ata</translation>
    </message>
    <message>
        <source>sent for comments</source>
        <translation>enviado para comentários</translation>
    </message>
    <message>
        <source>observations received</source>
        <translation>observações recebidas</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>annual work plan</source>
        <translation>plano de trabalho anual</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produtos</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>atividades</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
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
        <translation>introdução</translation>
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
        <translation>impacto da pandemia</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>plano de trabalho</translation>
    </message>
</context>
<context>
    <name>focal::ExchangeActions</name>
    <message>
        <source>Focal packages (*.focalpkg)</source>
        <translation>Pacotes do Focal (*.focalpkg)</translation>
    </message>
    <message>
        <source>Export Pac&amp;kage…</source>
        <translation>E&amp;xportar pacote…</translation>
    </message>
    <message>
        <source>Write a package of records to send to other focal points</source>
        <translation>Gravar um pacote de registros para enviar a outros pontos focais</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>I&amp;mportar pacote…</translation>
    </message>
    <message>
        <source>Merge a package received from another focal point</source>
        <translation>Mesclar um pacote recebido de outro ponto focal</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflitos…</translation>
    </message>
    <message>
        <source>Site &amp;Identity…</source>
        <translation>&amp;Identidade da instalação…</translation>
    </message>
    <message>
        <source>This installation&apos;s country and focal point</source>
        <translation>O país e o ponto focal desta instalação</translation>
    </message>
    <message>
        <source>Site identity</source>
        <translation>Identidade da instalação</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Site identity not set</source>
        <translation>Identidade da instalação não definida</translation>
    </message>
    <message>
        <source>Set this installation&apos;s country and focal point: every package you send carries them</source>
        <translation>Defina o país e o ponto focal desta instalação: todo pacote que você enviar os inclui</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Conflitos (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait to be settled</source>
        <translation>
            <numerusform>%n conflito aguarda resolução</numerusform>
            <numerusform>%n conflitos aguardam resolução</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts wait to be settled</source>
        <translation>Nenhum conflito aguarda resolução</translation>
    </message>
    <message>
        <source>Site identity saved.</source>
        <translation>Identidade da instalação salva.</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>Não foi possível gravar o pacote: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 record(s), %3 deletion(s), %4 attachment(s), %5.</source>
        <translation>%1 gravado: %2 registro(s), %3 exclusão(ões), %4 anexo(s), %5.</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>%1 cannot be imported, and nothing was changed: %2</source>
        <translation>%1 não pode ser importado, e nada foi alterado: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The package could not be imported, and nothing was changed: %1</source>
        <translation>Não foi possível importar o pacote, e nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 in conflict. A copy of the database from before is at %5.</source>
        <translation>Importado: %1 adicionado(s), %2 alterado(s), %3 excluído(s), %4 em conflito. Uma cópia do banco de dados de antes está em %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision: View &gt; Conflicts shows them. Until you choose, the values here stay.</source>
        <translation>
            <numerusform>%n conflito precisa da sua decisão: Exibir &gt; Conflitos o mostra. Até que você escolha, os valores daqui são mantidos.</numerusform>
            <numerusform>%n conflitos precisam da sua decisão: Exibir &gt; Conflitos os mostra. Até que você escolha, os valores daqui são mantidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::ExchangeText</name>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>both changed</source>
        <translation>alterado dos dois lados</translation>
    </message>
    <message>
        <source>deleted here, changed there</source>
        <translation>excluído aqui, alterado lá</translation>
    </message>
    <message>
        <source>changed here, deleted there</source>
        <translation>alterado aqui, excluído lá</translation>
    </message>
    <message>
        <source>added on both sides</source>
        <translation>adicionado dos dois lados</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>país desconhecido</translation>
    </message>
    <message>
        <source>an unnamed focal point</source>
        <translation>um ponto focal sem nome</translation>
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
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>Um grupo de trabalho</translation>
    </message>
    <message>
        <source>A plan</source>
        <translation>Um plano</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Uma reunião</translation>
    </message>
    <message>
        <source>What changed since the last package to a country</source>
        <translation>O que mudou desde o último pacote enviado a um país</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>E&amp;xportar:</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>&amp;Grupo de trabalho:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plano:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer um</translation>
    </message>
    <message>
        <source>Choose the country the changes are for: the package holds what changed since the last package sent to it.</source>
        <translation>Escolha o país ao qual as alterações se destinam: o pacote contém o que mudou desde o último pacote enviado a ele.</translation>
    </message>
    <message>
        <source>Every record, and every deletion, of this database.</source>
        <translation>Todos os registros, e todas as exclusões, deste banco de dados.</translation>
    </message>
    <message>
        <source>What changed since the last package sent to this country (all of it when none was sent yet).</source>
        <translation>O que mudou desde o último pacote enviado a este país (tudo, se nenhum foi enviado ainda).</translation>
    </message>
    <message>
        <source>With the records it refers to, so that it can be imported anywhere.</source>
        <translation>Com os registros aos quais se refere, para que possa ser importado em qualquer lugar.</translation>
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
        <translation>Imprimir relatório</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Primeiro ano</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último ano</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>Ano do plano</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
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
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>PDF/&amp;A for archiving</source>
        <translation>PDF/A para arqui&amp;vamento</translation>
    </message>
    <message>
        <source>Edit &amp;Introduction…</source>
        <translation>Editar in&amp;trodução…</translation>
    </message>
    <message>
        <source>Edit the introduction of the group&apos;s annual report</source>
        <translation>Editar a introdução do relatório anual do grupo</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>&amp;Grupo de trabalho:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Anos:</translation>
    </message>
    <message>
        <source>Plans of &amp;year:</source>
        <translation>Planos do an&amp;o:</translation>
    </message>
    <message>
        <source>Work &amp;plan:</source>
        <translation>&amp;Plano de trabalho:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>All working groups</source>
        <translation>Todos os grupos de trabalho</translation>
    </message>
    <message>
        <source>Choose the working group of the report.</source>
        <translation>Escolha o grupo de trabalho do relatório.</translation>
    </message>
    <message>
        <source>Choose the work plan to print.</source>
        <translation>Escolha o plano de trabalho a imprimir.</translation>
    </message>
    <message>
        <source>Choose the meeting whose minutes to print.</source>
        <translation>Escolha a reunião cuja ata será impressa.</translation>
    </message>
</context>
<context>
    <name>focal::FileMenu</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <source>Create a database, with the PROSUR data or empty</source>
        <translation>Criar um banco de dados, com os dados do PROSUR ou vazio</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open another Focal database</source>
        <translation>Abrir outro banco de dados do Focal</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Salvar uma &amp;cópia como…</translation>
    </message>
    <message>
        <source>Write a consistent copy of this database to a new file</source>
        <translation>Gravar uma cópia consistente deste banco de dados em um novo arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Focal databases (*.db);;All files (*)</source>
        <translation>Bancos de dados do Focal (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>%1 already exists. Focal never replaces a file with a new database: choose another name.</source>
        <translation>%1 já existe. O Focal nunca substitui um arquivo por um novo banco de dados: escolha outro nome.</translation>
    </message>
    <message>
        <source>What should the new database contain?</source>
        <translation>O que o novo banco de dados deve conter?</translation>
    </message>
    <message>
        <source>The PROSUR default data</source>
        <translation>Os dados padrão do PROSUR</translation>
    </message>
    <message>
        <source>Nothing: an empty database</source>
        <translation>Nada: um banco de dados vazio</translation>
    </message>
    <message>
        <source>Focal could not create the database %1.

%2</source>
        <translation>O Focal não conseguiu criar o banco de dados %1.

%2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <source>Focal could not open the database %1.

%2</source>
        <translation>O Focal não conseguiu abrir o banco de dados %1.

%2</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Salvar uma cópia como</translation>
    </message>
    <message>
        <source>%1 already exists. Focal does not replace files with copies: choose another name.</source>
        <translation>%1 já existe. O Focal não substitui arquivos por cópias: escolha outro nome.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.

%2</source>
        <translation>Não foi possível gravar a cópia em %1.

%2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2 (não encontrado)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Nenhum banco de dados recente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
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
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sem data</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>País a adicionar</translation>
    </message>
    <message>
        <source>&amp;Add Country</source>
        <translation>&amp;Adicionar país</translation>
    </message>
    <message>
        <source>Re&amp;move Country</source>
        <translation>Re&amp;mover país</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Situação de %1</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Situação em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue plan deadlines (%n)</source>
        <translation>
            <numerusform>Prazo de plano vencido (%n)</numerusform>
            <numerusform>Prazos de planos vencidos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nada em atraso.</translation>
    </message>
    <message>
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>Prazos nos próximos %1 dias (%2)</translation>
    </message>
    <message>
        <source>No deadline is coming up.</source>
        <translation>Nenhum prazo se aproxima.</translation>
    </message>
    <message>
        <source>Deadlines by country</source>
        <translation>Prazos por país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Deadlines by subgroup</source>
        <translation>Prazos por subgrupo</translation>
    </message>
    <message>
        <source>Open commitments by country</source>
        <translation>Compromissos abertos por país</translation>
    </message>
    <message>
        <source>No open commitment.</source>
        <translation>Nenhum compromisso aberto.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Próximas reuniões</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Nenhuma reunião prevista.</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Reuniões recentes</translation>
    </message>
    <message>
        <source>No meeting yet.</source>
        <translation>Ainda não há reuniões.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the plan timeline)</source>
        <translation>
            <numerusform>… e mais %n (veja o cronograma dos planos)</numerusform>
            <numerusform>… e mais %n (veja o cronograma dos planos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 in the next %3 days</source>
        <translation>%1 em atraso, %2 nos próximos %3 dias</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Em atraso (%1)</translation>
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
        <translation>Pauta:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; has no date, so it cannot go into a calendar.</source>
        <translation>A reunião &quot;%1&quot; não tem data, por isso não pode ir para um calendário.</translation>
    </message>
</context>
<context>
    <name>focal::ImportBackup</name>
    <message>
        <source>The copy of the database kept before importing could not be written, so nothing was imported: %1</source>
        <translation>Não foi possível gravar a cópia do banco de dados guardada antes da importação, por isso nada foi importado: %1</translation>
    </message>
</context>
<context>
    <name>focal::ImportPreviewDialog</name>
    <message>
        <source>Import Package</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Criado em:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Conteúdo:</translation>
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
            <numerusform>%n exclusão</numerusform>
            <numerusform>%n exclusões</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everything in the package is already here.</source>
        <translation>Nada a alterar: tudo o que está no pacote já está aqui.</translation>
    </message>
    <message>
        <source>Importing adds %1, changes %2 and deletes %3 record(s); %4 conflict(s) will wait for you to settle them; %5 already here.</source>
        <translation>A importação adiciona %1, altera %2 e exclui %3 registro(s); %4 conflito(s) aguardarão a sua resolução; %5 já estão aqui.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
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
        <translation>A importação não pode ser desfeita; o Focal guarda uma cópia do banco de dados antes de importar.</translation>
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
        <translation>Instituição</translation>
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
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name of the institution</source>
        <translation>Nome da instituição</translation>
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
        <translation>Tipo de instituição</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>O nome é obrigatório.</translation>
    </message>
    <message>
        <source>Edit institution %1</source>
        <translation>Editar instituição %1</translation>
    </message>
</context>
<context>
    <name>focal::IntroductionDialog</name>
    <message>
        <source>Report Introduction — %1</source>
        <translation>Introdução do relatório — %1</translation>
    </message>
    <message>
        <source>The &amp;introduction of the annual report, as plain text; leave a blank line between paragraphs. Leave it empty to let Focal write one from the data.</source>
        <translation>A &amp;introdução do relatório anual, em texto simples; deixe uma linha em branco entre os parágrafos. Deixe-a vazia para que o Focal redija uma a partir dos dados.</translation>
    </message>
    <message>
        <source>Report introduction</source>
        <translation>Introdução do relatório</translation>
    </message>
    <message>
        <source>Report Introduction</source>
        <translation>Introdução do relatório</translation>
    </message>
</context>
<context>
    <name>focal::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>Seguir o &amp;sistema (%1)</translation>
    </message>
</context>
<context>
    <name>focal::Listings</name>
    <message>
        <source>There is no list of &quot;%1&quot;; choose one of: %2.</source>
        <translation>Não existe a lista &quot;%1&quot;; escolha uma destas: %2.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituições</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
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
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome curto</translation>
    </message>
    <message>
        <source>Active countries</source>
        <translation>Países ativos</translation>
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
        <translation>Menos de três</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Âmbito</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Linhas de ação</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nome do país</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
</context>
<context>
    <name>focal::Lookup</name>
    <message>
        <source>There is no working group with the UUID %1.</source>
        <translation>Não existe grupo de trabalho com o UUID %1.</translation>
    </message>
    <message>
        <source>Say which working group: one of %1, or its UUID.</source>
        <translation>Indique o grupo de trabalho: um destes, %1, ou seu UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be several working groups: %2. Say which one.</source>
        <translation>&quot;%1&quot; pode designar vários grupos de trabalho: %2. Indique qual.</translation>
    </message>
    <message>
        <source>There is no working group &quot;%1&quot;; choose one of: %2.</source>
        <translation>Não existe o grupo de trabalho &quot;%1&quot;; escolha um destes: %2.</translation>
    </message>
    <message>
        <source>There is no plan with the UUID %1.</source>
        <translation>Não existe plano com o UUID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a plan. Write its UUID, GROUP/sectoral, GROUP/YEAR or GROUP/SUBGROUP/YEAR, e.g. seguridad/1/2021.</source>
        <translation>&quot;%1&quot; não designa um plano. Escreva seu UUID, GRUPO/sectoral, GRUPO/ANO ou GRUPO/SUBGRUPO/ANO, p. ex. seguridad/1/2021.</translation>
    </message>
    <message>
        <source>The working group %1 has no subgroup %2; its subgroups are: %3.</source>
        <translation>O grupo de trabalho %1 não tem o subgrupo %2; seus subgrupos são: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several plans; use the UUID of one: %2.</source>
        <translation>&quot;%1&quot; designa vários planos; use o UUID de um deles: %2.</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;. The plans of %2 are: %3.</source>
        <translation>Não existe o plano &quot;%1&quot;. Os planos de %2 são: %3.</translation>
    </message>
</context>
<context>
    <name>focal::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>&lt;opened database&gt;</source>
        <translation>&lt;banco de dados aberto&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Pesquisar (Ctrl+F)</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>Uma cópia foi salva como %1</translation>
    </message>
    <message>
        <source>Focal — %1</source>
        <translation>Focal — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Focal</source>
        <translation>Focal</translation>
    </message>
    <message>
        <source>The change could not be made, and was taken off the undo history: %1</source>
        <translation>Não foi possível fazer a alteração, que foi retirada do histórico de alterações: %1</translation>
    </message>
    <message>
        <source>Database Busy</source>
        <translation>Banco de dados ocupado</translation>
    </message>
    <message>
        <source>Another program is changing the database, so the change could not be written yet. Try again?</source>
        <translation>Outro programa está alterando o banco de dados, por isso a alteração ainda não pôde ser gravada. Tentar novamente?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Forum structure</source>
        <translation>Estrutura do Foro</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>Show the home page: deadlines, commitments and meetings</source>
        <translation>Mostrar a página inicial: prazos, compromissos e reuniões</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Focal</source>
        <translation>&amp;Sobre o Focal</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <source>The forum could not be read: %1</source>
        <translation>Não foi possível ler o Foro: %1</translation>
    </message>
    <message>
        <source>About Focal</source>
        <translation>Sobre o Focal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Focal %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for the national focal points of PROSUR: the forum&apos;s working groups, subgroups, meetings, commitments and plans, kept in one database per person.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Focal %1&lt;/h3&gt;&lt;p&gt;Uma ferramenta de trabalho para os pontos focais nacionais do PROSUR: os grupos de trabalho, subgrupos, reuniões, compromissos e planos do Foro, mantidos em um banco de dados por pessoa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planos</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniões</translation>
    </message>
</context>
<context>
    <name>focal::MeetingActions</name>
    <message>
        <source>New Meeting: %1</source>
        <translation>Nova reunião: %1</translation>
    </message>
    <message>
        <source>A new meeting of the current group or subgroup, with the template&apos;s agenda</source>
        <translation>Uma nova reunião do grupo ou subgrupo atual, com a pauta do modelo</translation>
    </message>
    <message>
        <source>&amp;Duplicate Meeting</source>
        <translation>&amp;Duplicar reunião</translation>
    </message>
    <message>
        <source>&amp;Circulate Minutes for Comments</source>
        <translation>&amp;Circular a ata para comentários</translation>
    </message>
    <message>
        <source>&amp;Approve Minutes</source>
        <translation>&amp;Aprovar a ata</translation>
    </message>
    <message>
        <source>&amp;Lock Minutes</source>
        <translation>&amp;Bloquear a ata</translation>
    </message>
    <message>
        <source>&amp;Reopen Minutes…</source>
        <translation>&amp;Reabrir a ata…</translation>
    </message>
    <message>
        <source>Carry Open &amp;Commitments into the Agenda</source>
        <translation>Levar os compromissos abertos à pau&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Export Meeting to a Calendar…</source>
        <translation>&amp;Exportar reunião para um calendário…</translation>
    </message>
    <message>
        <source>Export &amp;Upcoming Meetings to a Calendar…</source>
        <translation>Exportar as &amp;próximas reuniões para um calendário…</translation>
    </message>
    <message>
        <source>Meeting &amp;Log</source>
        <translation>Re&amp;gistro de reuniões</translation>
    </message>
    <message>
        <source>Commitments &amp;Tracker</source>
        <translation>Acompanhamento de c&amp;ompromissos</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <source>Duplicate Meeting</source>
        <translation>Duplicar reunião</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Carry Open Commitments</source>
        <translation>Levar compromissos abertos</translation>
    </message>
    <message>
        <source>No open commitment of earlier meetings is missing from this meeting&apos;s agenda.</source>
        <translation>Nenhum compromisso aberto de reuniões anteriores está faltando na pauta desta reunião.</translation>
    </message>
    <message>
        <source>Meeting Log</source>
        <translation>Registro de reuniões</translation>
    </message>
    <message>
        <source>Commitments Tracker</source>
        <translation>Acompanhamento de compromissos</translation>
    </message>
</context>
<context>
    <name>focal::MeetingCountriesEditor</name>
    <message>
        <source>&amp;Invited countries:</source>
        <translation>Países &amp;convidados:</translation>
    </message>
    <message>
        <source>Countries &amp;attending:</source>
        <translation>Países &amp;presentes:</translation>
    </message>
</context>
<context>
    <name>focal::MeetingDocumentsEditor</name>
    <message>
        <source>Title of the link</source>
        <translation>Título do link</translation>
    </message>
    <message>
        <source>Add &amp;document</source>
        <translation>Adicionar &amp;documento</translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation>Adicionar &amp;link</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>(a document of another group)</source>
        <translation>(um documento de outro grupo)</translation>
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
        <translation>A ata desta reunião está bloqueada: reabra-a para alterar a reunião.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Uma reunião precisa de um título.</translation>
    </message>
    <message>
        <source>The date is not a valid date.</source>
        <translation>A data não é válida.</translation>
    </message>
    <message>
        <source>Choose one of the forum&apos;s time zones.</source>
        <translation>Escolha um dos fusos horários do Foro.</translation>
    </message>
    <message>
        <source>The number counts meetings from 1 (or stays empty).</source>
        <translation>O número conta as reuniões a partir de 1 (ou fica vazio).</translation>
    </message>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation>O número de participantes não pode ser negativo.</translation>
    </message>
    <message>
        <source>Write what was agreed or decided.</source>
        <translation>Escreva o que foi acordado ou decidido.</translation>
    </message>
    <message>
        <source>The due date does not match its words.</source>
        <translation>O prazo não corresponde ao seu texto.</translation>
    </message>
    <message>
        <source>A commitment needs the country responsible for it.</source>
        <translation>Um compromisso precisa do país responsável por ele.</translation>
    </message>
    <message>
        <source>A commitment needs a status.</source>
        <translation>Um compromisso precisa de uma situação.</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Editar a ata</translation>
    </message>
    <message>
        <source>Remove a country (%1)</source>
        <translation>Remover um país (%1)</translation>
    </message>
    <message>
        <source>Add a country (%1)</source>
        <translation>Adicionar um país (%1)</translation>
    </message>
    <message>
        <source>Choose one institution, organisation or person.</source>
        <translation>Escolha uma instituição, organização ou pessoa.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Adicionar um participante</translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation>Remover um participante</translation>
    </message>
    <message>
        <source>A link must be a web address starting with http:// or https://.</source>
        <translation>Um link deve ser um endereço web iniciado por http:// ou https://.</translation>
    </message>
    <message>
        <source>Link a document</source>
        <translation>Vincular um documento</translation>
    </message>
    <message>
        <source>Remove a document link</source>
        <translation>Remover o vínculo de um documento</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Um item da pauta precisa de um título.</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Adicionar um item à pauta</translation>
    </message>
    <message>
        <source>A duration is a number of minutes greater than zero.</source>
        <translation>A duração é um número de minutos maior que zero.</translation>
    </message>
    <message>
        <source>Edit an agenda item</source>
        <translation>Editar um item da pauta</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Remover um item da pauta</translation>
    </message>
    <message>
        <source>The item cannot move further.</source>
        <translation>O item não pode ser movido além disso.</translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation>Mover um item da pauta</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Adicionar um acordo</translation>
    </message>
    <message>
        <source>Edit an agreement</source>
        <translation>Editar um acordo</translation>
    </message>
    <message>
        <source>Remove an agreement</source>
        <translation>Remover um acordo</translation>
    </message>
</context>
<context>
    <name>focal::MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>The minutes of this meeting are locked: the meeting can no longer be changed. Reopen the minutes (with the reason) to change it.</source>
        <translation>A ata desta reunião está bloqueada: a reunião não pode mais ser alterada. Reabra a ata (indicando o motivo) para alterá-la.</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunião</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Pa&amp;uta</translation>
    </message>
    <message>
        <source>Agreements &amp;&amp; &amp;commitments</source>
        <translation>Acordos &amp;&amp; &amp;compromissos</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>A&amp;ta</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Esta reunião não existe mais.</translation>
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
        <translation>3 para a 3ª videoconferência</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Hora de início:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Â&amp;mbito:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>&amp;Local ou link:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Nº de part&amp;icipantes:</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 10:30.</source>
        <translation>Escreva a hora no formato HH:MM, p. ex. 10:30.</translation>
    </message>
    <message>
        <source>The number must be a whole number.</source>
        <translation>O número deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>Attendees must be a whole number.</source>
        <translation>O número de participantes deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Editar a reunião</translation>
    </message>
</context>
<context>
    <name>focal::MeetingLog</name>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
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
        <translation>Todos os anos</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>All subgroups</source>
        <translation>Todos os subgrupos</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Âmbito</translation>
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
        <translation>Países presentes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
</context>
<context>
    <name>focal::MeetingTemplates</name>
    <message>
        <source>Group videoconference</source>
        <translation>Videoconferência do grupo</translation>
    </message>
    <message>
        <source>Focal points workshop</source>
        <translation>Oficina de pontos focais</translation>
    </message>
    <message>
        <source>There is no meeting template &quot;%1&quot;.</source>
        <translation>Não existe o modelo de reunião &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the date of the new meeting.</source>
        <translation>Indique a data da nova reunião.</translation>
    </message>
    <message>
        <source>The subgroup &quot;%1&quot; does not belong to the group &quot;%2&quot;.</source>
        <translation>O subgrupo &quot;%1&quot; não pertence ao grupo &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>focal::MergePlan</name>
    <message>
        <source>The package cannot be applied: record %1 of table &quot;%2&quot; refers to record %3 of table &quot;%4&quot;, which is neither in this database nor in the package.</source>
        <translation>O pacote não pode ser aplicado: o registro %1 da tabela &quot;%2&quot; se refere ao registro %3 da tabela &quot;%4&quot;, que não está neste banco de dados nem no pacote.</translation>
    </message>
</context>
<context>
    <name>focal::Minutes</name>
    <message>
        <source>The minutes are too long: %1 characters, and at most %2 can be kept. Shorten them or attach the full text as a document.</source>
        <translation>A ata é longa demais: %1 caracteres, e é possível guardar no máximo %2. Reduza-a ou anexe o texto completo como documento.</translation>
    </message>
    <message>
        <source>The minutes contain markup nested too deeply to be made safe. Paste them as plain text.</source>
        <translation>A ata contém marcações aninhadas em excesso para serem tratadas com segurança. Cole-a como texto simples.</translation>
    </message>
</context>
<context>
    <name>focal::MinutesLifecycle</name>
    <message>
        <source>The minutes of &quot;%1&quot; are locked: its minutes, agenda and agreements cannot change. Reopen the minutes first, giving the reason.</source>
        <translation>A ata de &quot;%1&quot; está bloqueada: a ata, a pauta e os acordos não podem ser alterados. Reabra a ata primeiro, indicando o motivo.</translation>
    </message>
    <message>
        <source>Minutes that are %1 cannot become %2.</source>
        <translation>Uma ata na situação %1 não pode passar a %2.</translation>
    </message>
    <message>
        <source>Say why the %1 minutes are reopened.</source>
        <translation>Indique por que a ata na situação %1 está sendo reaberta.</translation>
    </message>
    <message>
        <source>The time of this step is missing.</source>
        <translation>Falta a hora desta etapa.</translation>
    </message>
    <message>
        <source>Only approved or locked minutes are reopened; these are %1.</source>
        <translation>Somente atas aprovadas ou bloqueadas podem ser reabertas; esta está na situação %1.</translation>
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
        <translation>Corpo do texto</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista com marcadores</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Insert table</source>
        <translation>Inserir tabela</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Salvar a ata</translation>
    </message>
</context>
<context>
    <name>focal::MinutesText</name>
    <message>
        <source>The minutes are too long (%1 characters; at most %2). Keep long texts in a document and link it from the meeting.</source>
        <translation>A ata é longa demais (%1 caracteres; no máximo %2). Mantenha textos longos em um documento e vincule-o à reunião.</translation>
    </message>
</context>
<context>
    <name>focal::PackageExport</name>
    <message>
        <source>The recipient country is not in this database.</source>
        <translation>O país destinatário não está neste banco de dados.</translation>
    </message>
    <message>
        <source>Choose the country the changes are for.</source>
        <translation>Escolha o país ao qual as alterações se destinam.</translation>
    </message>
    <message>
        <source>What was chosen for export no longer exists; it may have been deleted.</source>
        <translation>O que foi escolhido para exportação não existe mais; pode ter sido excluído.</translation>
    </message>
</context>
<context>
    <name>focal::PackageFile</name>
    <message>
        <source>Record %1 of table &quot;%2&quot; lacks the field &quot;%3&quot;.</source>
        <translation>Falta o campo &quot;%3&quot; no registro %1 da tabela &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record %1 of table &quot;%2&quot; has an invalid value in &quot;%3&quot;.</source>
        <translation>O registro %1 da tabela &quot;%2&quot; tem um valor inválido em &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1 of table &quot;%2&quot; has an unknown field &quot;%3&quot;.</source>
        <translation>O registro %1 da tabela &quot;%2&quot; tem um campo desconhecido: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The package is too large to read: %1 bytes, and at most %2 are read.</source>
        <translation>O pacote é grande demais para ser lido: %1 bytes, e no máximo %2 são lidos.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a Focal package.</source>
        <translation>O arquivo está vazio: não é um pacote do Focal.</translation>
    </message>
    <message>
        <source>The file is not a Focal package.</source>
        <translation>O arquivo não é um pacote do Focal.</translation>
    </message>
    <message>
        <source>The package is damaged: its manifest is longer than %1 bytes.</source>
        <translation>O pacote está danificado: seu manifesto tem mais de %1 bytes.</translation>
    </message>
    <message>
        <source>it ends inside its manifest (the file is incomplete)</source>
        <translation>ele termina dentro do manifesto (o arquivo está incompleto)</translation>
    </message>
    <message>
        <source>its manifest nests deeper than %1 levels</source>
        <translation>seu manifesto tem aninhamento com mais de %1 níveis</translation>
    </message>
    <message>
        <source>its manifest is not valid UTF-8</source>
        <translation>seu manifesto não é UTF-8 válido</translation>
    </message>
    <message>
        <source>its manifest is not a JSON object</source>
        <translation>seu manifesto não é um objeto JSON</translation>
    </message>
    <message>
        <source>its manifest announces %1 bytes of contents and the file holds %2 (the file is incomplete or was altered)</source>
        <translation>seu manifesto anuncia %1 bytes de conteúdo e o arquivo contém %2 (o arquivo está incompleto ou foi alterado)</translation>
    </message>
    <message>
        <source>its contents do not match the checksum in its manifest</source>
        <translation>seu conteúdo não confere com a soma de verificação do manifesto</translation>
    </message>
    <message>
        <source>its contents are too short</source>
        <translation>seu conteúdo é curto demais</translation>
    </message>
    <message>
        <source>The package is too large to read: its contents would take %1 bytes, and at most %2 are read.</source>
        <translation>O pacote é grande demais para ser lido: seu conteúdo ocuparia %1 bytes, e no máximo %2 são lidos.</translation>
    </message>
    <message>
        <source>its contents announce %1 bytes and its manifest %2</source>
        <translation>seu conteúdo anuncia %1 bytes e seu manifesto %2</translation>
    </message>
    <message>
        <source>The package could not be written to &quot;%1&quot;.</source>
        <translation>Não foi possível gravar o pacote em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>its contents cannot be uncompressed</source>
        <translation>seu conteúdo não pode ser descompactado</translation>
    </message>
    <message>
        <source>its contents uncompress to more or fewer bytes than announced (%1)</source>
        <translation>seu conteúdo descompactado tem mais ou menos bytes que o anunciado (%1)</translation>
    </message>
    <message>
        <source>its contents nest deeper than %1 levels</source>
        <translation>seu conteúdo tem aninhamento com mais de %1 níveis</translation>
    </message>
    <message>
        <source>its contents are not valid UTF-8</source>
        <translation>seu conteúdo não é UTF-8 válido</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; does not exist.</source>
        <translation>O pacote &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; could not be read.</source>
        <translation>Não foi possível ler o pacote &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The package is damaged: %1.</source>
        <translation>O pacote está danificado: %1.</translation>
    </message>
    <message>
        <source>the manifest&apos;s &quot;%1&quot; is missing or invalid</source>
        <translation>o campo &quot;%1&quot; do manifesto está ausente ou é inválido</translation>
    </message>
    <message>
        <source>The package was made by a newer Focal (package format %1; this Focal reads format %2): update Focal to read it.</source>
        <translation>O pacote foi criado por um Focal mais recente (formato de pacote %1; este Focal lê o formato %2): atualize o Focal para lê-lo.</translation>
    </message>
    <message>
        <source>The package is too large to read: it announces %1 records and deletions, and at most %2 are read.</source>
        <translation>O pacote é grande demais para ser lido: ele anuncia %1 registros e exclusões, e no máximo %2 são lidos.</translation>
    </message>
    <message>
        <source>The package is too large to read: it announces %1 attached files, and at most %2 are read.</source>
        <translation>O pacote é grande demais para ser lido: ele anuncia %1 arquivos anexados, e no máximo %2 são lidos.</translation>
    </message>
    <message>
        <source>the manifest names an unknown table &quot;%1&quot;</source>
        <translation>o manifesto cita uma tabela desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the manifest&apos;s counts of records per table do not add up to its count of records</source>
        <translation>as contagens de registros por tabela do manifesto não somam a sua contagem de registros</translation>
    </message>
    <message>
        <source>its contents lack the lists of records, deletions or attached files</source>
        <translation>seu conteúdo não tem as listas de registros, exclusões ou arquivos anexados</translation>
    </message>
    <message>
        <source>the manifest announces %1 records, %2 deletions and %3 attached files, and the package holds %4, %5 and %6</source>
        <translation>o manifesto anuncia %1 registros, %2 exclusões e %3 arquivos anexados, e o pacote contém %4, %5 e %6</translation>
    </message>
    <message>
        <source>the attached file %1 is used by no record</source>
        <translation>o arquivo anexado %1 não é usado por nenhum registro</translation>
    </message>
    <message>
        <source>the manifest&apos;s counts of records per table differ from the records it holds</source>
        <translation>as contagens de registros por tabela do manifesto diferem dos registros que ele contém</translation>
    </message>
    <message>
        <source>The package is refused: %1.</source>
        <translation>O pacote foi recusado: %1.</translation>
    </message>
    <message>
        <source>attached file %1 is not described as one</source>
        <translation>o arquivo anexado %1 não está descrito como tal</translation>
    </message>
    <message>
        <source>attached file %1 has %2 bytes, and at most %3 are read</source>
        <translation>o arquivo anexado %1 tem %2 bytes, e no máximo %3 são lidos</translation>
    </message>
    <message>
        <source>attached file %1 is carried twice</source>
        <translation>o arquivo anexado %1 vem duas vezes</translation>
    </message>
    <message>
        <source>attached file %1 is not as long as it says</source>
        <translation>o arquivo anexado %1 não tem o tamanho que declara</translation>
    </message>
    <message>
        <source>attached file %1 is not valid Base64</source>
        <translation>o arquivo anexado %1 não é Base64 válido</translation>
    </message>
    <message>
        <source>attached file %1 does not match its checksum</source>
        <translation>o arquivo anexado %1 não confere com sua soma de verificação</translation>
    </message>
    <message>
        <source>%1 has no valid id</source>
        <translation>%1 não tem um id válido</translation>
    </message>
    <message>
        <source>%1 has the id %2 of an earlier record or deletion</source>
        <translation>%1 tem o id %2 de um registro ou exclusão anterior</translation>
    </message>
    <message>
        <source>%1 has an invalid site</source>
        <translation>%1 tem uma instalação inválida</translation>
    </message>
    <message>
        <source>%1 has an invalid date and time in &quot;%2&quot;</source>
        <translation>%1 tem data e hora inválidas em &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no author in &quot;%2&quot;</source>
        <translation>%1 não tem autor em &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has a text longer than %2 bytes in &quot;%3&quot;</source>
        <translation>%1 tem um texto com mais de %2 bytes em &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 has invalid field clocks</source>
        <translation>%1 tem relógios de campo inválidos</translation>
    </message>
    <message>
        <source>%1 has a clock for an unknown field &quot;%2&quot;</source>
        <translation>%1 tem um relógio para um campo desconhecido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has an invalid %2 in &quot;%3&quot;</source>
        <translation>%1 tem um valor inválido do tipo %2 em &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 refers to an attached file the package does not carry in &quot;%2&quot;</source>
        <translation>%1 se refere a um arquivo anexado que o pacote não traz em &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>%1 não tem campos</translation>
    </message>
    <message>
        <source>%1 lacks the field &quot;%2&quot;</source>
        <translation>%1 não tem o campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 gives in &quot;%2&quot; a file name that is not a plain file name (a folder, a drive, &quot;..&quot;, a control character or over 255 characters)</source>
        <translation>%1 indica em &quot;%2&quot; um nome de arquivo que não é um simples nome de arquivo (uma pasta, uma unidade, &quot;..&quot;, um caractere de controle ou mais de 255 caracteres)</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;</source>
        <translation>%1 tem um campo desconhecido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>record %1 of table &quot;%2&quot;</source>
        <translation>registro %1 da tabela &quot;%2&quot;</translation>
    </message>
    <message>
        <source>record %1 is not an object</source>
        <translation>o registro %1 não é um objeto</translation>
    </message>
    <message>
        <source>The package is damaged. %1</source>
        <translation>O pacote está danificado. %1</translation>
    </message>
    <message>
        <source>record %1 belongs to an unknown table &quot;%2&quot;</source>
        <translation>o registro %1 pertence a uma tabela desconhecida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>deletion %1 of table &quot;%2&quot;</source>
        <translation>exclusão %1 da tabela &quot;%2&quot;</translation>
    </message>
    <message>
        <source>deletion %1 is not an object</source>
        <translation>a exclusão %1 não é um objeto</translation>
    </message>
    <message>
        <source>deletion %1 belongs to an unknown table &quot;%2&quot;</source>
        <translation>a exclusão %1 pertence a uma tabela desconhecida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>its contents are not valid JSON (%1 at byte %2)</source>
        <translation>seu conteúdo não é JSON válido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
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
        <translation>valor sim/não</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>arquivo anexado</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>prazo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>data e hora</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opção</translation>
    </message>
</context>
<context>
    <name>focal::PackageImport</name>
    <message>
        <source>The package cannot be applied: some of its records refer to records that are not in this database. Nothing was imported.</source>
        <translation>O pacote não pode ser aplicado: alguns de seus registros se referem a registros que não estão neste banco de dados. Nada foi importado.</translation>
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
        <translation>Função</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Instituição: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organização: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Pessoa: %1</translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation>Adicionar &amp;participante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>focal::PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
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
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Nome da pessoa</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Em atividade &amp;desde:</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Em atividade desde</translation>
    </message>
    <message>
        <source>Active &amp;to:</source>
        <translation>Em atividade &amp;até:</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>Em atividade até</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Funções:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funções</translation>
    </message>
    <message>
        <source>Roles in &amp;working group:</source>
        <translation>Funções no &amp;grupo de trabalho:</translation>
    </message>
    <message>
        <source>Working group of the roles</source>
        <translation>Grupo de trabalho das funções</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>O nome é obrigatório.</translation>
    </message>
    <message>
        <source>This is not an e-mail address, like name@example.org.</source>
        <translation>Isto não é um endereço de e-mail, como nome@example.org.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>O fim é anterior ao início.</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>Editar pessoa %1</translation>
    </message>
</context>
<context>
    <name>focal::PlanActions</name>
    <message>
        <source>Plan P&amp;roperties…</source>
        <translation>P&amp;ropriedades do plano…</translation>
    </message>
    <message>
        <source>The plan&apos;s title, kind, year and whether it lists products or activities</source>
        <translation>Título, tipo e ano do plano, e se ele lista produtos ou atividades</translation>
    </message>
    <message>
        <source>Record a &amp;Step of the Plan…</source>
        <translation>Registrar uma &amp;etapa do plano…</translation>
    </message>
    <message>
        <source>Record that the plan was sent for comments, received observations, was approved or delivered</source>
        <translation>Registrar que o plano foi enviado para comentários, recebeu observações, foi aprovado ou foi entregue</translation>
    </message>
    <message>
        <source>Plan &amp;History and Versions…</source>
        <translation>&amp;Histórico e versões do plano…</translation>
    </message>
    <message>
        <source>&amp;Reprogram into the Next Year…</source>
        <translation>Re&amp;programar para o ano seguinte…</translation>
    </message>
    <message>
        <source>Carry the plan&apos;s unfinished items into the next year&apos;s plan</source>
        <translation>Levar os itens não concluídos do plano para o plano do ano seguinte</translation>
    </message>
    <message>
        <source>&amp;Export Plan to CSV…</source>
        <translation>E&amp;xportar plano para CSV…</translation>
    </message>
    <message>
        <source>&amp;Import Plan from CSV…</source>
        <translation>&amp;Importar plano de CSV…</translation>
    </message>
    <message>
        <source>&amp;Paste Rows from a Spreadsheet</source>
        <translation>Colar &amp;linhas de uma planilha</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (line of action, product or activity, deadline, countries, status, notes) to the plan</source>
        <translation>Adicionar ao plano as linhas copiadas de uma planilha (linha de ação, produto ou atividade, prazo, países, situação, notas)</translation>
    </message>
    <message>
        <source>Plan &amp;Timeline</source>
        <translation>&amp;Cronograma dos planos</translation>
    </message>
    <message>
        <source>Reprogram</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Only a work plan of a given year can be reprogrammed into the next.</source>
        <translation>Somente um plano de trabalho de um ano determinado pode ser reprogramado para o ano seguinte.</translation>
    </message>
    <message>
        <source>a new work plan for %1</source>
        <translation>um novo plano de trabalho para %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2</source>
        <translation>&quot;%1&quot; de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished product(s) or activity(ies) of &quot;%1&quot; will be carried into %2, keeping their first deadlines; in this plan they will be marked as reprogrammed. Continue?</source>
        <translation>
            <numerusform>%n produto ou atividade não concluído de &quot;%1&quot; será levado para %2, mantendo seu primeiro prazo; neste plano, ele será marcado como reprogramado. Continuar?</numerusform>
            <numerusform>%n produtos ou atividades não concluídos de &quot;%1&quot; serão levados para %2, mantendo seus primeiros prazos; neste plano, eles serão marcados como reprogramados. Continuar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Plan to CSV</source>
        <translation>Exportar plano para CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>Import Plan from CSV</source>
        <translation>Importar plano de CSV</translation>
    </message>
    <message>
        <source>Paste Rows</source>
        <translation>Colar linhas</translation>
    </message>
    <message>
        <source>The clipboard holds no rows. Copy the rows of the plan in the spreadsheet first.</source>
        <translation>A área de transferência não contém linhas. Copie primeiro as linhas do plano na planilha.</translation>
    </message>
    <message>
        <source>Nothing was added to the plan. %1</source>
        <translation>Nada foi adicionado ao plano. %1</translation>
    </message>
    <message>
        <source>The plan already has lines of action. Add the rows after them, or replace everything the plan holds?</source>
        <translation>O plano já tem linhas de ação. Adicionar as linhas depois delas ou substituir todo o conteúdo do plano?</translation>
    </message>
    <message>
        <source>Add after them</source>
        <translation>Adicionar depois delas</translation>
    </message>
    <message>
        <source>Replace the plan&apos;s items</source>
        <translation>Substituir os itens do plano</translation>
    </message>
    <message numerus="yes">
        <source>Add %n row(s) to the plan</source>
        <translation>
            <numerusform>Adicionar %n linha ao plano</numerusform>
            <numerusform>Adicionar %n linhas ao plano</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Timeline</source>
        <translation>Cronograma dos planos</translation>
    </message>
</context>
<context>
    <name>focal::PlanEditor</name>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Lines of action and products</source>
        <translation>Linhas de ação e produtos</translation>
    </message>
    <message>
        <source>Add &amp;Line of Action</source>
        <translation>Adicionar &amp;linha de ação</translation>
    </message>
    <message>
        <source>Add &amp;Product</source>
        <translation>Adicionar &amp;produto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Aumentar recuo</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Diminuir recuo</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Nenhum plano</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Este plano não existe mais.</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>situação: %1</translation>
    </message>
    <message>
        <source>New line of action</source>
        <translation>Nova linha de ação</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Novo produto</translation>
    </message>
    <message>
        <source>Remove the product “%1”?</source>
        <translation>Remover o produto “%1”?</translation>
    </message>
    <message>
        <source>Remove the line of action “%1”?</source>
        <translation>Remover a linha de ação “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the line of action “%1” and its %n product(s)?</source>
        <translation>
            <numerusform>Remover a linha de ação “%1” e seu %n produto?</numerusform>
            <numerusform>Remover a linha de ação “%1” e seus %n produtos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>Pertence a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>No step of this plan&apos;s life is recorded yet.</source>
        <translation>Nenhuma etapa deste plano foi registrada ainda.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Versions kept</source>
        <translation>Versões guardadas</translation>
    </message>
    <message>
        <source>Version %1, %2: %3</source>
        <translation>Versão %1, %2: %3</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Linhas de ação</translation>
    </message>
    <message>
        <source>This plan has no lines of action yet.</source>
        <translation>Este plano ainda não tem linhas de ação.</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Linha de ação</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>primeiro: %1</translation>
    </message>
</context>
<context>
    <name>focal::PlanItemDelegate</name>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Responsible countries</source>
        <translation>Países responsáveis</translation>
    </message>
</context>
<context>
    <name>focal::PlanItemModel</name>
    <message>
        <source>Line of action / product</source>
        <translation>Linha de ação / produto</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsáveis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de andamento</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Prazo original</translation>
    </message>
    <message>
        <source>Reprogrammed; first deadline: %1</source>
        <translation>Reprogramado; primeiro prazo: %1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Edit progress notes</source>
        <translation>Editar notas de andamento</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>Alterar prazo</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Alterar situação</translation>
    </message>
    <message>
        <source>Move items</source>
        <translation>Mover itens</translation>
    </message>
</context>
<context>
    <name>focal::PlanLifecycle</name>
    <message>
        <source>A plan that is %1 cannot become %2.</source>
        <translation>Um plano na situação %1 não pode passar a %2.</translation>
    </message>
    <message>
        <source>Give the date of this step.</source>
        <translation>Indique a data desta etapa.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>A data %1 está no futuro.</translation>
    </message>
    <message>
        <source>The plan&apos;s last step is dated %1; this one cannot be earlier.</source>
        <translation>A última etapa do plano tem a data de %1; esta não pode ser anterior.</translation>
    </message>
    <message>
        <source>Say to whom the plan was delivered.</source>
        <translation>Indique a quem o plano foi entregue.</translation>
    </message>
    <message>
        <source>Say to whom the plan was sent.</source>
        <translation>Indique a quem o plano foi enviado.</translation>
    </message>
    <message>
        <source>Say why the %1 plan is reopened.</source>
        <translation>Indique por que o plano na situação %1 está sendo reaberto.</translation>
    </message>
    <message>
        <source>The acting country does not exist.</source>
        <translation>O país atuante não existe.</translation>
    </message>
    <message>
        <source>The meeting does not exist.</source>
        <translation>A reunião não existe.</translation>
    </message>
</context>
<context>
    <name>focal::PlanLifecycleDialog</name>
    <message>
        <source>Record a Step of the Plan</source>
        <translation>Registrar uma etapa do plano</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>Situação de %1: %2.</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Nova situação:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Acting &amp;country:</source>
        <translation>País &amp;atuante:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Des&amp;tinatário:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
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
        <translation>%1 (reaberto)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Required: why the plan is reopened</source>
        <translation>Obrigatório: por que o plano está sendo reaberto</translation>
    </message>
</context>
<context>
    <name>focal::PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation>Propriedades do plano</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>Its items are:</source>
        <translation>Seus itens são:</translation>
    </message>
    <message>
        <source>Give the plan a title.</source>
        <translation>Dê um título ao plano.</translation>
    </message>
    <message>
        <source>An annual work plan needs its year.</source>
        <translation>Um plano de trabalho anual precisa do seu ano.</translation>
    </message>
    <message>
        <source>Change plan properties</source>
        <translation>Alterar as propriedades do plano</translation>
    </message>
</context>
<context>
    <name>focal::PlanTable</name>
    <message>
        <source>Line %1: there is no country &quot;%2&quot;; write an ISO code (%3) or a name.</source>
        <translation>Linha %1: não existe o país &quot;%2&quot;; escreva um código ISO (%3) ou um nome.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not known</source>
        <translation>a coluna &quot;%1&quot; não é reconhecida</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is there twice</source>
        <translation>a coluna &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; are needed</source>
        <translation>as colunas &quot;%1&quot; e &quot;%2&quot; são necessárias</translation>
    </message>
    <message>
        <source>Line %1: this is not the header of a plan table: %2. The columns are: %3.</source>
        <translation>Linha %1: este não é o cabeçalho de uma tabela de plano: %2. As colunas são: %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 columns; a plan table has at most %3.</source>
        <translation>Linha %1: %2 colunas; uma tabela de plano tem no máximo %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 columns where the table has %3.</source>
        <translation>Linha %1: %2 colunas, quando a tabela tem %3.</translation>
    </message>
    <message>
        <source>Line %1: column %2 has no header; its value &quot;%3&quot; would be lost.</source>
        <translation>Linha %1: a coluna %2 não tem cabeçalho; seu valor &quot;%3&quot; seria perdido.</translation>
    </message>
    <message>
        <source>Line %1: the deadline &quot;%2&quot; is not a deadline: %3</source>
        <translation>Linha %1: o prazo &quot;%2&quot; não foi reconhecido: %3</translation>
    </message>
    <message>
        <source>Line %1: the status &quot;%2&quot; is not known; write one of: %3.</source>
        <translation>Linha %1: a situação &quot;%2&quot; não é reconhecida; escreva uma destas: %3.</translation>
    </message>
    <message>
        <source>Line %1: the first row needs a line of action.</source>
        <translation>Linha %1: a primeira linha da tabela precisa ter uma linha de ação.</translation>
    </message>
    <message>
        <source>Line %1: the row has neither a line of action nor a product or activity.</source>
        <translation>Linha %1: a linha não tem linha de ação nem produto ou atividade.</translation>
    </message>
    <message>
        <source>There are no rows to import.</source>
        <translation>Não há linhas para importar.</translation>
    </message>
</context>
<context>
    <name>focal::PlanVersions</name>
    <message>
        <source>The kept version of the plan cannot be read.</source>
        <translation>Não é possível ler a versão guardada do plano.</translation>
    </message>
    <message>
        <source>The kept version of the plan was written by a newer Focal.</source>
        <translation>A versão guardada do plano foi gravada por uma versão mais recente do Focal.</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Linha de ação</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Responsible countries</source>
        <translation>Países responsáveis</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Prazo original</translation>
    </message>
    <message>
        <source>Carried from</source>
        <translation>Trazido de</translation>
    </message>
</context>
<context>
    <name>focal::PlanVersionsDialog</name>
    <message>
        <source>History and Versions of %1</source>
        <translation>Histórico e versões de %1</translation>
    </message>
    <message>
        <source>Steps of the plan&apos;s life:</source>
        <translation>Etapas do plano:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
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
        <translation>&amp;com:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>Versão %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Current content</source>
        <translation>Conteúdo atual</translation>
    </message>
    <message>
        <source>The plan has no kept versions yet: a version is kept when it is sent for comments, approved or delivered.</source>
        <translation>O plano ainda não tem versões guardadas: uma versão é guardada quando o plano é enviado para comentários, aprovado ou entregue.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>later</source>
        <translation>mais tarde</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>mais cedo</translation>
    </message>
    <message>
        <source>same end, other periods</source>
        <translation>mesmo fim, outros períodos</translation>
    </message>
    <message>
        <source>now defined</source>
        <translation>agora definido</translation>
    </message>
    <message>
        <source>now to be defined</source>
        <translation>agora a definir</translation>
    </message>
    <message>
        <source>Deadline moved</source>
        <translation>Prazo alterado</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nenhuma diferença.</translation>
    </message>
</context>
<context>
    <name>focal::RecordActions</name>
    <message>
        <source>New &amp;Country</source>
        <translation>Novo &amp;país</translation>
    </message>
    <message>
        <source>New &amp;Institution</source>
        <translation>Nova &amp;instituição</translation>
    </message>
    <message>
        <source>New &amp;Person</source>
        <translation>Nova p&amp;essoa</translation>
    </message>
    <message>
        <source>Add a person (a focal point) to the current country or institution</source>
        <translation>Adicionar uma pessoa (um ponto focal) ao país ou à instituição atual</translation>
    </message>
    <message>
        <source>New &amp;Subgroup</source>
        <translation>Novo &amp;subgrupo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Não é possível excluir</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <source>New Country</source>
        <translation>Novo país</translation>
    </message>
    <message>
        <source>Give the new countries added before their real ISO codes first.</source>
        <translation>Atribua primeiro os códigos ISO reais aos novos países adicionados anteriormente.</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Novo país</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nova instituição</translation>
    </message>
    <message>
        <source>New Institution</source>
        <translation>Nova instituição</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>New Subgroup</source>
        <translation>Novo subgrupo</translation>
    </message>
    <message>
        <source>New subgroup</source>
        <translation>Novo subgrupo</translation>
    </message>
    <message>
        <source>New &amp;Work Plan</source>
        <translation>Novo plano de &amp;trabalho</translation>
    </message>
    <message>
        <source>Add the next year&apos;s work plan of the current subgroup or group</source>
        <translation>Adicionar o plano de trabalho do próximo ano ao subgrupo ou grupo atual</translation>
    </message>
    <message>
        <source>New Work Plan</source>
        <translation>Novo plano de trabalho</translation>
    </message>
    <message>
        <source>Work Plan %1</source>
        <translation>Plano de trabalho %1</translation>
    </message>
    <message>
        <source>New work plan</source>
        <translation>Novo plano de trabalho</translation>
    </message>
</context>
<context>
    <name>focal::RecordForm</name>
    <message>
        <source>Write the changes (Ctrl+Return or Ctrl+S)</source>
        <translation>Gravar as alterações (Ctrl+Return ou Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Correct the marked fields first; nothing was written.</source>
        <translation>Corrija primeiro os campos marcados; nada foi gravado.</translation>
    </message>
    <message>
        <source>The changes could not be written: %1</source>
        <translation>Não foi possível gravar as alterações: %1</translation>
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
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Group text</source>
        <translation>Texto do relatório</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Item do plano</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Série de reuniões</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data-limite</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>Não foi possível ler este registro: %1</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome curto</translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation>Nome (espanhol)</translation>
    </message>
    <message>
        <source>Name (Portuguese)</source>
        <translation>Nome (português)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nome (inglês)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
</context>
<context>
    <name>focal::RecordRemoval</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>O registro não existe mais; pode ter sido excluído.</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Nada a excluir.</translation>
    </message>
    <message>
        <source>This record cannot be deleted: other records refer to it.</source>
        <translation>Este registro não pode ser excluído: outros registros fazem referência a ele.</translation>
    </message>
</context>
<context>
    <name>focal::RecordRow</name>
    <message>
        <source>Records of this kind cannot be shown here.</source>
        <translation>Registros deste tipo não podem ser mostrados aqui.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
</context>
<context>
    <name>focal::RecordStore</name>
    <message>
        <source>A stored value cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation>Não é possível ler um valor armazenado; execute &quot;focal-cli check&quot; neste banco de dados.</translation>
    </message>
    <message>
        <source>Unknown kind of record &quot;%1&quot;.</source>
        <translation>Tipo de registro desconhecido &quot;%1&quot;.</translation>
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
        <translation>1 participação no Foro</translation>
    </message>
    <message>
        <source>%1 forum memberships</source>
        <translation>%1 participações no Foro</translation>
    </message>
    <message>
        <source>1 pro tempore presidency</source>
        <translation>1 Presidência Pro Tempore</translation>
    </message>
    <message>
        <source>%1 pro tempore presidencies</source>
        <translation>%1 Presidências Pro Tempore</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organização</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organizações</translation>
    </message>
    <message>
        <source>1 institution</source>
        <translation>1 instituição</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 instituições</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 pessoas</translation>
    </message>
    <message>
        <source>1 role of a person</source>
        <translation>1 função de uma pessoa</translation>
    </message>
    <message>
        <source>%1 roles of people</source>
        <translation>%1 funções de pessoas</translation>
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
        <translation>1 grupo de trabalho</translation>
    </message>
    <message>
        <source>%1 working groups</source>
        <translation>%1 grupos de trabalho</translation>
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
        <translation>1 instituição participante</translation>
    </message>
    <message>
        <source>%1 participating institutions</source>
        <translation>%1 instituições participantes</translation>
    </message>
    <message>
        <source>1 report text</source>
        <translation>1 texto de relatório</translation>
    </message>
    <message>
        <source>%1 report texts</source>
        <translation>%1 textos de relatório</translation>
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
        <translation>1 marco</translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation>%1 marcos</translation>
    </message>
    <message>
        <source>1 plan</source>
        <translation>1 plano</translation>
    </message>
    <message>
        <source>%1 plans</source>
        <translation>%1 planos</translation>
    </message>
    <message>
        <source>1 plan item</source>
        <translation>1 item de plano</translation>
    </message>
    <message>
        <source>%1 plan items</source>
        <translation>%1 itens de plano</translation>
    </message>
    <message>
        <source>1 country of a plan item</source>
        <translation>1 país de um item de plano</translation>
    </message>
    <message>
        <source>%1 countries of plan items</source>
        <translation>%1 países de itens de plano</translation>
    </message>
    <message>
        <source>1 meeting series</source>
        <translation>1 série de reuniões</translation>
    </message>
    <message>
        <source>%1 meeting series</source>
        <translation>%1 séries de reuniões</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunião</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 reuniões</translation>
    </message>
    <message>
        <source>1 country at a meeting</source>
        <translation>1 país em uma reunião</translation>
    </message>
    <message>
        <source>%1 countries at meetings</source>
        <translation>%1 países em reuniões</translation>
    </message>
    <message>
        <source>1 meeting participant</source>
        <translation>1 participante de reunião</translation>
    </message>
    <message>
        <source>%1 meeting participants</source>
        <translation>%1 participantes de reuniões</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 acordo</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 acordos</translation>
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
        <translation>participa de 1 grupo de trabalho</translation>
    </message>
    <message>
        <source>it takes part in %1 working groups</source>
        <translation>participa de %1 grupos de trabalho</translation>
    </message>
    <message>
        <source>it is a member of the forum</source>
        <translation>é membro do Foro</translation>
    </message>
    <message>
        <source>it held the pro tempore presidency once</source>
        <translation>exerceu a Presidência Pro Tempore uma vez</translation>
    </message>
    <message>
        <source>it held the pro tempore presidency %1 times</source>
        <translation>exerceu a Presidência Pro Tempore %1 vezes</translation>
    </message>
    <message>
        <source>it has 1 institution</source>
        <translation>tem 1 instituição</translation>
    </message>
    <message>
        <source>it has %1 institutions</source>
        <translation>tem %1 instituições</translation>
    </message>
    <message>
        <source>1 person belongs to it</source>
        <translation>tem 1 pessoa vinculada</translation>
    </message>
    <message>
        <source>%1 people belong to it</source>
        <translation>tem %1 pessoas vinculadas</translation>
    </message>
    <message>
        <source>it has a working group</source>
        <translation>tem um grupo de trabalho</translation>
    </message>
    <message>
        <source>it has %1 working groups</source>
        <translation>tem %1 grupos de trabalho</translation>
    </message>
    <message>
        <source>it took part in 1 meeting</source>
        <translation>participou de 1 reunião</translation>
    </message>
    <message>
        <source>it took part in %1 meetings</source>
        <translation>participou de %1 reuniões</translation>
    </message>
    <message>
        <source>it is named in 1 plan item</source>
        <translation>figura em 1 item de plano</translation>
    </message>
    <message>
        <source>it is named in %1 plan items</source>
        <translation>figura em %1 itens de plano</translation>
    </message>
    <message>
        <source>it is responsible for 1 agreement</source>
        <translation>é responsável por 1 acordo</translation>
    </message>
    <message>
        <source>it is responsible for %1 agreements</source>
        <translation>é responsável por %1 acordos</translation>
    </message>
    <message>
        <source>1 other record</source>
        <translation>1 outro registro</translation>
    </message>
    <message>
        <source>%1 other records</source>
        <translation>%1 outros registros</translation>
    </message>
    <message>
        <source>%1 refer to it</source>
        <translation>tem referências em %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2. Change or delete those first.</source>
        <translation>Não é possível excluir %1: %2. Altere ou exclua esses registros primeiro.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Excluir %1?</translation>
    </message>
    <message>
        <source>Delete %1? With it go %2.</source>
        <translation>Excluir %1? Também serão excluídos: %2.</translation>
    </message>
</context>
<context>
    <name>focal::ReopenMinutesDialog</name>
    <message>
        <source>Reopen minutes</source>
        <translation>Reabrir a ata</translation>
    </message>
    <message>
        <source>The minutes of &quot;%1&quot; are %2. Reopening them makes them a draft again, which can be edited; the reason is kept in their history.</source>
        <translation>A ata de &quot;%1&quot; está na situação %2. Reabri-la faz com que volte a ser um rascunho, que pode ser editado; o motivo fica registrado no histórico.</translation>
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
        <translation>Gerar um relatório, um anexo ou o conjunto de anexos como arquivo PDF</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Visualizar impressão…</translation>
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
        <translation>Editar i&amp;ntrodução do relatório…</translation>
    </message>
    <message>
        <source>Edit the introduction of the current working group&apos;s annual report</source>
        <translation>Editar a introdução do relatório anual do grupo de trabalho atual</translation>
    </message>
    <message>
        <source>Report Introduction</source>
        <translation>Introdução do relatório</translation>
    </message>
    <message>
        <source>Select a working group first: the introduction is that of its annual report.</source>
        <translation>Selecione primeiro um grupo de trabalho: a introdução é a do relatório anual dele.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Gravando a página %1 de %2…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Não foi possível gravar o PDF: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gravado (%n página).</numerusform>
            <numerusform>%1 gravado (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Visualizar impressão</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
</context>
<context>
    <name>focal::ReportPrinting</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Visualizar impressão — %1</translation>
    </message>
</context>
<context>
    <name>focal::ReportTexts</name>
    <message>
        <source>Choose the working group the introduction is for.</source>
        <translation>Escolha o grupo de trabalho a que se refere a introdução.</translation>
    </message>
</context>
<context>
    <name>focal::Repository</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>O registro não existe mais; pode ter sido excluído.</translation>
    </message>
    <message>
        <source>A stored value cannot be read; run &quot;focal-cli check&quot; on this database.</source>
        <translation>Não é possível ler um valor armazenado; execute &quot;focal-cli check&quot; neste banco de dados.</translation>
    </message>
</context>
<context>
    <name>focal::Reprogramming</name>
    <message>
        <source>Only an annual plan of a given year can be reprogrammed.</source>
        <translation>Somente um plano anual de um ano determinado pode ser reprogramado.</translation>
    </message>
    <message>
        <source>The items of the %1 plan can only be carried into a later year, not %2.</source>
        <translation>Os itens do plano de %1 só podem ser levados para um ano posterior, não para %2.</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; of &quot;%2&quot; cannot be moved to %3.</source>
        <translation>O prazo &quot;%1&quot; de &quot;%2&quot; não pode ser transferido para %3.</translation>
    </message>
    <message>
        <source>Every item of &quot;%1&quot; is done, cancelled or already reprogrammed: there is nothing to carry.</source>
        <translation>Todos os itens de &quot;%1&quot; estão concluídos, cancelados ou já reprogramados: não há nada a levar.</translation>
    </message>
</context>
<context>
    <name>focal::SearchDock</name>
    <message>
        <source>Search Results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nada encontrado para “%1”</translation>
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
        <translation>Digite o nome do ponto focal.</translation>
    </message>
    <message>
        <source>The chosen country is not in this database.</source>
        <translation>O país escolhido não está neste banco de dados.</translation>
    </message>
</context>
<context>
    <name>focal::SiteIdentityDialog</name>
    <message>
        <source>Site Identity</source>
        <translation>Identidade da instalação</translation>
    </message>
    <message>
        <source>Which country does this installation of Focal work for, and who is its focal point? Every package you send says so, so that the other focal points know where the changes come from.</source>
        <translation>Para qual país esta instalação do Focal trabalha, e quem é o seu ponto focal? Todo pacote que você enviar informa isso, para que os outros pontos focais saibam de onde vêm as alterações.</translation>
    </message>
    <message>
        <source>The country and focal point this installation works for. Every package you send carries them.</source>
        <translation>O país e o ponto focal para os quais esta instalação trabalha. Todo pacote que você enviar os inclui.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>Escolha o país…</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Ponto focal</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>Ponto &amp;focal:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The identity could not be saved: %1</source>
        <translation>Não foi possível salvar a identidade: %1</translation>
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
        <translation>Núm&amp;ero:</translation>
    </message>
    <message>
        <source>Subgroup number</source>
        <translation>Número do subgrupo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Subgroup name</source>
        <translation>Nome do subgrupo</translation>
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
        <translation>Aviso sobre os países</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>The number is 1 or more.</source>
        <translation>O número é 1 ou maior.</translation>
    </message>
    <message>
        <source>Another subgroup of this group has the number %1.</source>
        <translation>Outro subgrupo deste grupo já tem o número %1.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>O nome é obrigatório.</translation>
    </message>
    <message>
        <source>The forum asks for at least %1 countries in a subgroup, the leader included; this one has %2. It can be saved all the same.</source>
        <translation>O Foro pede pelo menos %1 países em um subgrupo, incluído o líder; este tem %2. Mesmo assim, é possível salvá-lo.</translation>
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
        <translation>Não é possível ler um prazo ou uma situação armazenados; execute &quot;focal-cli check&quot;.</translation>
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
        <translation>Cronograma dos produtos dos planos</translation>
    </message>
    <message>
        <source>Deadline to be defined</source>
        <translation>Prazo a definir</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Em atraso: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plano: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Prazo: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Países: %1</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>nenhum indicado</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Product or activity</source>
        <translation>Produto ou atividade</translation>
    </message>
    <message>
        <source>to be defined</source>
        <translation>a definir</translation>
    </message>
</context>
<context>
    <name>focal::TimelineView</name>
    <message>
        <source>Plan timeline</source>
        <translation>Cronograma dos planos</translation>
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
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>All subgroups</source>
        <translation>Todos os subgrupos</translation>
    </message>
    <message>
        <source>The timeline could not be shown: %1</source>
        <translation>Não foi possível mostrar o cronograma: %1</translation>
    </message>
    <message>
        <source>%1 products or activities: %2 overdue, %3 with the deadline to be defined. As of %4.</source>
        <translation>%1 produtos ou atividades: %2 em atraso, %3 com prazo a definir. Situação em %4.</translation>
    </message>
</context>
<context>
    <name>focal::WorkingGroupForm</name>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Working group name</source>
        <translation>Nome do grupo de trabalho</translation>
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
        <translation>&amp;Instituições participantes:</translation>
    </message>
    <message>
        <source>Participating institutions</source>
        <translation>Instituições participantes</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>O nome é obrigatório.</translation>
    </message>
    <message>
        <source>Edit working group %1</source>
        <translation>Editar grupo de trabalho %1</translation>
    </message>
</context>
<context>
    <name>focal::cli::MeetingCommands</name>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to %1.</source>
        <translation>
            <numerusform>%n reunião gravada em %1.</numerusform>
            <numerusform>%n reuniões gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no country &quot;%1&quot;; name it by its ISO code (%2) or its name.</source>
        <translation>Não existe o país &quot;%1&quot;; indique-o pelo código ISO (%2) ou pelo nome.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>em atraso</translation>
    </message>
</context>
<context>
    <name>focal::cli::PackageCommands</name>
    <message>
        <source>With package export: what changed since the last package sent to country C.</source>
        <translation>Com package export: o que mudou desde o último pacote enviado ao país P.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>P</translation>
    </message>
    <message>
        <source>With package export: the country the package is for.</source>
        <translation>Com package export: o país ao qual o pacote se destina.</translation>
    </message>
    <message>
        <source>With package import: show what it would do, change nothing.</source>
        <translation>Com package import: mostrar o que faria, sem alterar nada.</translation>
    </message>
    <message>
        <source>With site: the focal point&apos;s name.</source>
        <translation>Com site: o nome do ponto focal.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
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
        <translation>  site                 identidade desta instalação; defina-a com --country P
                       --focal-point NOME
  package export       grava um pacote em -o ARQUIVO.focalpkg: tudo, ou
                       --group G | --plan PLANO | --meeting R | --changes-for P
                       [--to P]
  package inspect ARQUIVO
                       mostra um pacote e o que importá-lo faria
  package import ARQUIVO
                       importa um pacote [--dry-run]
  package conflicts    lista os conflitos que aguardam resolução
  package resolve ID keep|take
                       mantém o valor local ou aceita o recebido
</translation>
    </message>
    <message>
        <source>Run &quot;focal-cli --help&quot; for the commands.</source>
        <translation>Execute &quot;focal-cli --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>Say what to do with packages: export, inspect, import, conflicts or resolve.</source>
        <translation>Diga o que fazer com os pacotes: export, inspect, import, conflicts ou resolve.</translation>
    </message>
    <message>
        <source>Unknown package command &quot;%1&quot;; use export, inspect, import, conflicts or resolve.</source>
        <translation>Comando de pacote desconhecido &quot;%1&quot;; use export, inspect, import, conflicts ou resolve.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;site&quot;.</source>
        <translation>Argumentos demais para &quot;site&quot;.</translation>
    </message>
    <message>
        <source>--focal-point needs the focal point&apos;s name.</source>
        <translation>--focal-point precisa do nome do ponto focal.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Site:         %1</source>
        <translation>Instalação:   %1</translation>
    </message>
    <message>
        <source>Country:      %1</source>
        <translation>País:         %1</translation>
    </message>
    <message>
        <source>Focal point:  %1</source>
        <translation>Ponto focal:  %1</translation>
    </message>
    <message>
        <source>Set this installation&apos;s country and focal point before exchanging packages: focal-cli site --country C --focal-point NAME</source>
        <translation>Defina o país e o ponto focal desta instalação antes de trocar pacotes: focal-cli site --country P --focal-point NOME</translation>
    </message>
    <message>
        <source>There is no meeting &quot;%1&quot;; name it by its UUID (focal-cli list meetings).</source>
        <translation>Não existe a reunião &quot;%1&quot;; indique-a pelo UUID (focal-cli list meetings).</translation>
    </message>
    <message>
        <source>--changes-for and --to name different countries; the changes are for the country they are sent to.</source>
        <translation>--changes-for e --to indicam países diferentes; as alterações são para o país ao qual são enviadas.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package export&quot;.</source>
        <translation>Argumentos demais para &quot;package export&quot;.</translation>
    </message>
    <message>
        <source>Choose one of --group, --plan, --meeting and --changes-for (none: everything).</source>
        <translation>Escolha um entre --group, --plan, --meeting e --changes-for (nenhum: tudo).</translation>
    </message>
    <message>
        <source>&quot;package export&quot; needs -o FILE.focalpkg.</source>
        <translation>&quot;package export&quot; precisa de -o ARQUIVO.focalpkg.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 gravado (%2).</translation>
    </message>
    <message>
        <source>Selection:    %1</source>
        <translation>Seleção:      %1</translation>
    </message>
    <message>
        <source>Records:      %1</source>
        <translation>Registros:    %1</translation>
    </message>
    <message>
        <source>Deletions:    %1</source>
        <translation>Exclusões:    %1</translation>
    </message>
    <message>
        <source>Attachments:  %1</source>
        <translation>Anexos:       %1</translation>
    </message>
    <message>
        <source>Package:      %1 (format %2)</source>
        <translation>Pacote:       %1 (formato %2)</translation>
    </message>
    <message>
        <source>Sender:       %1, site %2</source>
        <translation>Remetente:    %1, instalação %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Created:      %1 UTC</source>
        <translation>Criado em:    %1 UTC</translation>
    </message>
    <message>
        <source>For:          %1</source>
        <translation>Para:         %1</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>qualquer um</translation>
    </message>
    <message>
        <source>Checksum:     OK (SHA-256 %1)</source>
        <translation>Verificação:  OK (SHA-256 %1)</translation>
    </message>
    <message>
        <source>%1 was refused, nothing was imported: %2</source>
        <translation>%1 foi recusado, nada foi importado: %2</translation>
    </message>
    <message>
        <source>Say which package to inspect.</source>
        <translation>Diga qual pacote inspecionar.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package inspect&quot;.</source>
        <translation>Argumentos demais para &quot;package inspect&quot;.</translation>
    </message>
    <message>
        <source>Importing it here would do:</source>
        <translation>Importá-lo aqui faria:</translation>
    </message>
    <message>
        <source>Say which package to import.</source>
        <translation>Diga qual pacote importar.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package import&quot;.</source>
        <translation>Argumentos demais para &quot;package import&quot;.</translation>
    </message>
    <message>
        <source>Package from %1 (%2), made %3 UTC.</source>
        <translation>Pacote de %1 (%2), criado em %3 UTC.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>sem país</translation>
    </message>
    <message>
        <source>The package has nothing to change here.</source>
        <translation>O pacote não tem nada a alterar aqui.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Simulação: nada foi importado.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 in conflict, %5 unchanged.</source>
        <translation>Importado: %1 adicionado(s), %2 alterado(s), %3 excluído(s), %4 em conflito, %5 sem alteração.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait to be settled: focal-cli package conflicts</source>
        <translation>
            <numerusform>%n conflito aguarda resolução: focal-cli package conflicts</numerusform>
            <numerusform>%n conflitos aguardam resolução: focal-cli package conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
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
        <translation>Aqui</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(registro inteiro)</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>excluído aqui</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>alterado aqui</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>exists here</source>
        <translation>existe aqui</translation>
    </message>
    <message>
        <source>a new record with the same key</source>
        <translation>um novo registro com a mesma chave</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;package conflicts&quot;.</source>
        <translation>Argumentos demais para &quot;package conflicts&quot;.</translation>
    </message>
    <message>
        <source>No conflicts: everything received has been merged.</source>
        <translation>Nenhum conflito: tudo o que foi recebido foi mesclado.</translation>
    </message>
    <message>
        <source>Say which conflict and how: package resolve ID keep|take.</source>
        <translation>Diga qual conflito e como: package resolve ID keep|take.</translation>
    </message>
    <message>
        <source>Settle a conflict with &quot;keep&quot; (the value here) or &quot;take&quot; (the incoming one), not &quot;%1&quot;.</source>
        <translation>Resolva um conflito com &quot;keep&quot; (o valor daqui) ou &quot;take&quot; (o recebido), não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no open conflict &quot;%1&quot; (see focal-cli package conflicts).</source>
        <translation>Não há conflito aberto &quot;%1&quot; (veja focal-cli package conflicts).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several conflicts; give more of the ID.</source>
        <translation>&quot;%1&quot; corresponde a vários conflitos; informe mais caracteres do ID.</translation>
    </message>
    <message>
        <source>Kept the value here for %1.</source>
        <translation>Mantido o valor daqui para %1.</translation>
    </message>
    <message>
        <source>Took the incoming value for %1.</source>
        <translation>Aceito o valor recebido para %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still wait to be settled.</source>
        <translation>
            <numerusform>%n conflito ainda aguarda resolução.</numerusform>
            <numerusform>%n conflitos ainda aguardam resolução.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::cli::PlanCommands</name>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Linhas de ação</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Wrote the plan %1 to %2.</source>
        <translation>Plano %1 gravado em %2.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nada foi importado.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Nada foi importado.</translation>
    </message>
    <message>
        <source>%1 line(s) of action and %2 product(s) or activity(ies)</source>
        <translation>%1 linha(s) de ação e %2 produto(s) ou atividade(s)</translation>
    </message>
    <message>
        <source>Replaced the items of %1 with %2 from %3.</source>
        <translation>Os itens de %1 foram substituídos por %2, de %3.</translation>
    </message>
    <message>
        <source>Added %1 to %2 from %3.</source>
        <translation>Acrescentados a %2: %1, de %3.</translation>
    </message>
</context>
<context>
    <name>focal::cli::ReportCommand</name>
    <message>
        <source>With report annual: the years of activities, e.g. 2019-2020 or 2020.</source>
        <translation>Com report annual: os anos das atividades, p. ex. 2019-2020 ou 2020.</translation>
    </message>
    <message>
        <source>Y1-Y2</source>
        <translation>A1-A2</translation>
    </message>
    <message>
        <source>With report annual: the year of the work plans (default: the year after).</source>
        <translation>Com report annual: o ano dos planos de trabalho (padrão: o ano seguinte).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <source>With report plan: the plan (UUID or handle).</source>
        <translation>Com report plan: o plano (UUID ou identificador).</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLANO</translation>
    </message>
    <message>
        <source>With report minutes: the meeting&apos;s UUID.</source>
        <translation>Com report minutes: o UUID da reunião.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>With report: the report&apos;s language, es, pt or en (default es).</source>
        <translation>Com report: o idioma do relatório, es, pt ou en (padrão: es).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>With report: the paper, a4 or letter (default a4).</source>
        <translation>Com report: o papel, a4 ou letter (padrão: a4).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>With report: write PDF/A-1b, for archiving.</source>
        <translation>Com report: gravar em PDF/A-1b, para arquivamento.</translation>
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
        <translation>  report TIPO          grava um relatório em PDF em -o ARQUIVO.pdf; TIPO é um destes:
                       %1
                       annual: --group G --years A1-A2 [--plan-year A]
                       annex1, annex2, bundle: --group G
                       plan: --plan PLANO; minutes: --meeting UUID
                       commitments, timeline: [--group G] [--today AAAA-MM-DD]
                       [--lang es|pt|en] [--paper a4|letter] [--pdfa]
</translation>
    </message>
    <message>
        <source>Say which report to write: %1.</source>
        <translation>Indique qual relatório gerar: %1.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;report&quot;.</source>
        <translation>Argumentos demais para &quot;report&quot;.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; choose one of: %2.</source>
        <translation>Não existe o relatório &quot;%1&quot;; escolha um destes: %2.</translation>
    </message>
    <message>
        <source>&quot;report&quot; needs -o FILE.pdf.</source>
        <translation>&quot;report&quot; requer -o ARQUIVO.pdf.</translation>
    </message>
    <message>
        <source>&quot;report %1&quot; needs --group G (a short name such as seguridad, or a UUID).</source>
        <translation>&quot;report %1&quot; requer --group G (um nome curto como seguridad, ou um UUID).</translation>
    </message>
    <message>
        <source>&quot;report plan&quot; needs --plan PLAN (UUID or handle, see &quot;focal-cli plan list&quot;).</source>
        <translation>&quot;report plan&quot; requer --plan PLANO (UUID ou identificador; veja &quot;focal-cli plan list&quot;).</translation>
    </message>
    <message>
        <source>&quot;report minutes&quot; needs --meeting UUID (see &quot;focal-cli list meetings&quot;).</source>
        <translation>&quot;report minutes&quot; requer --meeting UUID (veja &quot;focal-cli list meetings&quot;).</translation>
    </message>
    <message>
        <source>&quot;report annual&quot; needs --years, e.g. --years 2019-2020.</source>
        <translation>&quot;report annual&quot; requer --years, p. ex. --years 2019-2020.</translation>
    </message>
    <message>
        <source>--years needs a year or a first and a last year, in order, e.g. 2019-2020 (not &quot;%1&quot;).</source>
        <translation>--years requer um ano, ou um primeiro e um último ano, em ordem, p. ex. 2019-2020 (não &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--plan-year needs a year, e.g. 2021.</source>
        <translation>--plan-year requer um ano, p. ex. 2021.</translation>
    </message>
    <message>
        <source>--lang needs es, pt or en.</source>
        <translation>--lang requer es, pt ou en.</translation>
    </message>
    <message>
        <source>--paper needs a4 or letter.</source>
        <translation>--paper requer a4 ou letter.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today requer uma data no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>There is no meeting %1 (see &quot;focal-cli list meetings&quot;).</source>
        <translation>Não existe a reunião %1 (veja &quot;focal-cli list meetings&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gravado (%n página).</numerusform>
            <numerusform>%1 gravado (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::commands</name>
    <message>
        <source>Products can only be added to a line of action of this plan.</source>
        <translation>Só é possível adicionar produtos a uma linha de ação deste plano.</translation>
    </message>
    <message>
        <source>Add line of action</source>
        <translation>Adicionar linha de ação</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Adicionar produto</translation>
    </message>
    <message>
        <source>Remove line of action</source>
        <translation>Remover linha de ação</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Remover produto</translation>
    </message>
    <message>
        <source>An item can only be moved under a line of action of its plan.</source>
        <translation>Um item só pode ser colocado sob uma linha de ação do seu plano.</translation>
    </message>
    <message>
        <source>A line of action with products cannot become a product. Move or remove its products first.</source>
        <translation>Uma linha de ação com produtos não pode se tornar um produto. Mova ou remova seus produtos primeiro.</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover item</translation>
    </message>
    <message>
        <source>The item is already the first one.</source>
        <translation>O item já é o primeiro.</translation>
    </message>
    <message>
        <source>The item is already the last one.</source>
        <translation>O item já é o último.</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Mover item para cima</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Mover item para baixo</translation>
    </message>
    <message>
        <source>A product cannot be indented further.</source>
        <translation>Não é possível aumentar mais o recuo de um produto.</translation>
    </message>
    <message>
        <source>The first line of action has no line before it to go under.</source>
        <translation>A primeira linha de ação não tem uma linha anterior sob a qual ficar.</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>Aumentar recuo do item</translation>
    </message>
    <message>
        <source>A line of action cannot be outdented.</source>
        <translation>Não é possível diminuir o recuo de uma linha de ação.</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>Diminuir recuo do item</translation>
    </message>
    <message>
        <source>Set responsible countries</source>
        <translation>Definir países responsáveis</translation>
    </message>
</context>
<context>
    <name>focal::commands::EditIntroductionCommand</name>
    <message>
        <source>Edit Report Introduction</source>
        <translation>Editar introdução do relatório</translation>
    </message>
</context>
<context>
    <name>focal::meetingCommands</name>
    <message>
        <source>Minutes %1</source>
        <translation>Ata: %1</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Reabrir a ata</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nova reunião: %1</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Duplicar reunião</translation>
    </message>
    <message numerus="yes">
        <source>Carry %n open commitment(s)</source>
        <translation>
            <numerusform>Levar %n compromisso aberto</numerusform>
            <numerusform>Levar %n compromissos abertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>focal::planCommands</name>
    <message>
        <source>Plan %1</source>
        <translation>Plano: %1</translation>
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
        <translation>Escolha o grupo de trabalho dos anexos.</translation>
    </message>
    <message>
        <source>Left out %1: its attached file %2 is not a PDF.</source>
        <translation>%1 foi omitido: seu arquivo anexo %2 não é um PDF.</translation>
    </message>
    <message>
        <source>The bundle could not be read back.</source>
        <translation>Não foi possível reler o conjunto de anexos.</translation>
    </message>
</context>
<context>
    <name>focal::report::AnnualReport</name>
    <message>
        <source>Choose the years of the report: a first year and a last year that is not before it.</source>
        <translation>Escolha os anos do relatório: um primeiro ano e um último ano que não seja anterior a ele.</translation>
    </message>
    <message>
        <source>A report covers at most %1 years; choose fewer.</source>
        <translation>Um relatório abrange no máximo %1 anos; escolha menos anos.</translation>
    </message>
</context>
<context>
    <name>focal::report::GroupReportData</name>
    <message>
        <source>The working group of the report no longer exists.</source>
        <translation>O grupo de trabalho do relatório não existe mais.</translation>
    </message>
</context>
<context>
    <name>focal::report::MinutesReport</name>
    <message>
        <source>The meeting of the report no longer exists.</source>
        <translation>A reunião do relatório não existe mais.</translation>
    </message>
</context>
<context>
    <name>focal::report::PdfBundle</name>
    <message>
        <source>The attached file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo anexo %1.</translation>
    </message>
    <message>
        <source>The attached file %1 is not a PDF document.</source>
        <translation>O arquivo anexo %1 não é um documento PDF.</translation>
    </message>
    <message>
        <source>The attached file %1 has no pages.</source>
        <translation>O arquivo anexo %1 não tem páginas.</translation>
    </message>
    <message>
        <source>The attached file %1 is protected by a password and cannot be added.</source>
        <translation>O arquivo anexo %1 está protegido por senha e não pode ser adicionado.</translation>
    </message>
    <message>
        <source>The attached file %1 is not a valid PDF document.</source>
        <translation>O arquivo anexo %1 não é um documento PDF válido.</translation>
    </message>
    <message>
        <source>There are no documents to put together.</source>
        <translation>Não há documentos para reunir.</translation>
    </message>
    <message>
        <source>The documents could not be put together in one PDF.</source>
        <translation>Não foi possível reunir os documentos em um único PDF.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved as %1: the folder does not exist or cannot be written to.</source>
        <translation>Não é possível salvar o PDF como %1: a pasta não existe ou não permite gravação.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1.</source>
        <translation>Não foi possível salvar o PDF como %1.</translation>
    </message>
</context>
<context>
    <name>focal::report::PdfExport</name>
    <message>
        <source>The report could not be drawn as a PDF.</source>
        <translation>Não foi possível gerar o relatório como PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be completed with its bookmarks and document information.</source>
        <translation>Não foi possível completar o PDF com seus marcadores e as informações do documento.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved as %1: the folder does not exist or cannot be written to.</source>
        <translation>Não é possível salvar o PDF como %1: a pasta não existe ou não permite gravação.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1.</source>
        <translation>Não foi possível salvar o PDF como %1.</translation>
    </message>
</context>
<context>
    <name>focal::report::ReportJob</name>
    <message>
        <source>Annual report</source>
        <translation>Relatório anual</translation>
    </message>
    <message>
        <source>Annex 1: institutions by country</source>
        <translation>Anexo 1: instituições por país</translation>
    </message>
    <message>
        <source>Annex 2: documents</source>
        <translation>Anexo 2: documentos</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translation>Ata de uma reunião</translation>
    </message>
    <message>
        <source>Commitments by country</source>
        <translation>Compromissos por país</translation>
    </message>
    <message>
        <source>Plan timeline</source>
        <translation>Cronograma dos planos</translation>
    </message>
    <message>
        <source>Annex bundle (annexes and attached PDFs)</source>
        <translation>Conjunto de anexos (anexos e PDFs anexados)</translation>
    </message>
    <message>
        <source>Choose the working group of the report.</source>
        <translation>Escolha o grupo de trabalho do relatório.</translation>
    </message>
    <message>
        <source>Choose the work plan to print.</source>
        <translation>Escolha o plano de trabalho a imprimir.</translation>
    </message>
    <message>
        <source>Choose the meeting whose minutes to print.</source>
        <translation>Escolha a reunião cuja ata será impressa.</translation>
    </message>
    <message>
        <source>Choose the document to make.</source>
        <translation>Escolha o documento a gerar.</translation>
    </message>
</context>
<context>
    <name>focal::report::WorkPlanReport</name>
    <message>
        <source>The plan of the report no longer exists.</source>
        <translation>O plano do relatório não existe mais.</translation>
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
        <translation>O Focal não conseguiu abrir o banco de dados %1.

%2</translation>
    </message>
    <message>
        <source>A desktop workbench for the national focal points of PROSUR.</source>
        <translation>Uma ferramenta de trabalho para os pontos focais nacionais do PROSUR.</translation>
    </message>
    <message>
        <source>Open the database at PATH (created with the PROSUR data when missing) instead of %1.</source>
        <translation>Abrir o banco de dados em CAMINHO (criado com os dados do PROSUR se não existir) em vez de %1.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CAMINHO</translation>
    </message>
</context>
</TS>
