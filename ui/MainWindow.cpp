#include "MainWindow.h"

#include "Commands.h"
#include "DetailsView.h"
#include "FileMenu.h"
#include "forms/AreaForm.h"
#include "forms/CountryForm.h"
#include "forms/InstitutionForm.h"
#include "forms/SubgroupForm.h"
#include "forms/WorkingGroupForm.h"
#include "ForumDocument.h"
#include "ForumTreeModel.h"
#include "MessageBoxPrompts.h"
#include "RecentDatabases.h"
#include "RemovalText.h"
#include "SearchDock.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoView>

namespace focal {
namespace {

// QSettings keys: stable names, never translated.
const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString splitterKey = QStringLiteral("MainWindow/splitter");
const QString rightPaneKey = QStringLiteral("MainWindow/rightPane");
const QString stateKey = QStringLiteral("MainWindow/state"); // tool bar and docks

QString rowKey(const QModelIndex &index)
{
    return QString::number(int(ForumTreeModel::kindOf(index))) + QLatin1Char('/') +
           ForumTreeModel::idOf(index).toString();
}

// The table of a kind of tree row that can be deleted; empty for the others.
QString tableOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Area:
        return QLatin1String(ThematicArea::table);
    case NodeKind::Group:
        return QLatin1String(WorkingGroup::table);
    case NodeKind::Subgroup:
        return QLatin1String(Subgroup::table);
    case NodeKind::Country:
        return QLatin1String(Country::table);
    case NodeKind::Institution:
        return QLatin1String(Institution::table);
    case NodeKind::Forum:
    case NodeKind::CountriesRoot:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<ForumDocument> document, QWidget *parent)
    : QMainWindow(parent), m_document(std::move(document)),
      m_prompts(std::make_unique<MessageBoxPrompts>())
{
    setObjectName(QStringLiteral("mainWindow"));

    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *undoView = new QUndoView(&m_undoGroup);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened database>"));
    undoView->setAccessibleName(tr("Undo history"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(320);
    m_searchDock = new SearchDock(m_searchField, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    m_searchDock->hide(); // until there is something to show
    connect(m_searchDock, &SearchDock::hitActivated, this, &MainWindow::openRecord);

    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextFormat(Qt::PlainText); // a path is never markup
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel, 1);

    m_fileMenu = new FileMenu(
        this, {[this] { return m_document.get(); }, [this]() -> Prompts & { return *m_prompts; },
               [this] { return mayLeaveDocument(); },
               [this](std::unique_ptr<Database> database) { setDatabase(std::move(database)); }});
    connect(m_fileMenu, &FileMenu::copySaved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("A copy was saved as %1").arg(QDir::toNativeSeparators(path)),
                                 8000);
    });

    createActions();
    createToolBar();
    buildViews();
    restoreLayout();
    // Focus given to a hidden widget takes effect when the window is first activated.
    m_tree->setFocus();
}

MainWindow::~MainWindow()
{
    // The views, forms and the history refer to the document: they go before it.
    delete m_undoDock;
    dropViews();
}

void MainWindow::buildViews()
{
    setWindowTitle(tr("Focal — %1").arg(m_document->fileName()));
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_document->path())));
    RecentDatabases::add(m_document->path());

    // Undo and redo cannot return errors; a failed one is reported here.
    m_document->setErrorHandler([this](const Error &error) {
        m_prompts->inform(this, tr("Focal"),
                          tr("The change could not be made, and was taken off the undo "
                             "history: %1")
                              .arg(error.message));
    });
    m_undoGroup.addStack(&m_document->undoStack());
    m_undoGroup.setActiveStack(&m_document->undoStack());

    m_treeModel = new ForumTreeModel(m_document->repository(), this);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("forumTree"));
    m_tree->setAccessibleName(tr("Forum structure"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action :
         {m_newCountryAction, m_newInstitutionAction, m_newSubgroupAction, m_deleteAction})
        m_tree->addAction(action);

    m_forms.insert(NodeKind::Area, new AreaForm(*m_document));
    m_forms.insert(NodeKind::Group, new WorkingGroupForm(*m_document));
    m_forms.insert(NodeKind::Subgroup, new SubgroupForm(*m_document));
    m_forms.insert(NodeKind::Country, new CountryForm(*m_document));
    m_forms.insert(NodeKind::Institution, new InstitutionForm(*m_document));
    m_editors = new QStackedWidget;
    m_editors->setObjectName(QStringLiteral("editors"));
    for (RecordForm *form : std::as_const(m_forms))
        m_editors->addWidget(form);
    auto *editorScroll = new QScrollArea;
    editorScroll->setWidget(m_editors);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);

    m_details = new DetailsView(m_document->repository());

    // The form over the details: the details show what the form does not (members' plans,
    // meetings), and follow each applied change.
    m_rightPane = new QSplitter(Qt::Vertical);
    m_rightPane->setObjectName(QStringLiteral("rightPane"));
    m_rightPane->addWidget(editorScroll);
    m_rightPane->addWidget(m_details);
    m_rightPane->setChildrenCollapsible(false);
    m_rightPane->setStretchFactor(0, 3); // the form, with its Apply button, in view first
    m_rightPane->setStretchFactor(1, 2);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_rightPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    // currentChanged rather than a click signal: arrow keys move the current item too.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
    // The tree rebuilds itself after every write; the person stays on the same record.
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this,
            &MainWindow::rememberTreeState);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, &MainWindow::restoreTreeState);

    m_searchDock->setDatabase(&m_document->database());
    reload();
}

void MainWindow::dropViews()
{
    m_searchDock->setDatabase(nullptr);
    delete takeCentralWidget(); // the tree, the forms and the details
    m_tree = nullptr;
    m_editors = nullptr;
    m_details = nullptr;
    m_splitter = nullptr;
    m_rightPane = nullptr;
    m_forms.clear();
    delete m_treeModel;
    m_treeModel = nullptr;
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // The new views keep the sizes the person gave the old ones.
    const QByteArray mainSizes = m_splitter->saveState();
    const QByteArray rightSizes = m_rightPane->saveState();
    dropViews();
    m_keptExpanded.clear();
    m_keptCurrent = QUuid();
    m_document = std::make_unique<ForumDocument>(std::move(database)); // the old one closes
    buildViews();
    m_splitter->restoreState(mainSizes);
    m_rightPane->restoreState(rightSizes);
    m_tree->setFocus();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->path())),
                             5000);
}

bool MainWindow::mayLeaveDocument()
{
    RecordForm *form = currentForm();
    if (!form || !form->isDirty())
        return true;
    return m_prompts->confirm(this, tr("Unapplied Changes"),
                              tr("The changes in the form have not been applied. Leave them "
                                 "and open another database?"));
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
}

RecordForm *MainWindow::currentForm() const
{
    return m_editors->isVisible() || !isVisible()
               ? m_forms.value(ForumTreeModel::kindOf(m_tree->currentIndex()))
               : nullptr;
}

bool MainWindow::selectRecord(const QUuid &id)
{
    const QModelIndex index = m_treeModel->indexOf(id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->populate(fileMenu);
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on Windows; Ctrl+Q is what the brief and most people expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    createEditActions(menuBar()->addMenu(tr("&Edit")));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *history = m_undoDock->toggleViewAction();
    history->setObjectName(QStringLiteral("undoHistoryAction"));
    viewMenu->addAction(history);
    QAction *results = m_searchDock->toggleViewAction();
    results->setObjectName(QStringLiteral("searchResultsAction"));
    viewMenu->addAction(results);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Focal"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createEditActions(QMenu *editMenu)
{
    QAction *undo = m_undoGroup.createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup.createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    // QKeySequence::Redo is Ctrl+Y on Windows and Ctrl+Shift+Z elsewhere: offer both everywhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();

    m_newCountryAction = editMenu->addAction(tr("New &Country"), this, &MainWindow::newCountry);
    m_newCountryAction->setObjectName(QStringLiteral("newCountryAction"));
    m_newInstitutionAction =
        editMenu->addAction(tr("New &Institution"), this, &MainWindow::newInstitution);
    m_newInstitutionAction->setObjectName(QStringLiteral("newInstitutionAction"));
    m_newSubgroupAction = editMenu->addAction(tr("New &Subgroup"), this, &MainWindow::newSubgroup);
    m_newSubgroupAction->setObjectName(QStringLiteral("newSubgroupAction"));
    editMenu->addSeparator();

    m_deleteAction = editMenu->addAction(tr("&Delete…"), this, &MainWindow::deleteCurrent);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete acts on the tree's item only while the tree has focus: in a field, Delete edits.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    editMenu->addSeparator();

    QAction *find = editMenu->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly); // no icon set yet: words rather than blanks
    bar->addAction(m_fileMenu->newAction());
    bar->addAction(m_fileMenu->openAction());
    bar->addSeparator();
    for (const char *name : {"undoAction", "redoAction"})
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            bar->addAction(action);
    bar->addSeparator();
    bar->addAction(m_newCountryAction);
    bar->addAction(m_newInstitutionAction);
    bar->addAction(m_newSubgroupAction);
    bar->addAction(m_deleteAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_searchField);
}

void MainWindow::focusSearch()
{
    for (QToolBar *bar : findChildren<QToolBar *>())
        if (bar->isAncestorOf(m_searchField))
            bar->show();
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::openRecord(const QString &table, const QUuid &id)
{
    if (selectRecord(id)) {
        showCurrent(m_tree->currentIndex()); // redraws the details if a search page was shown
        m_tree->setFocus();
        return;
    }
    // Not in the tree: no tree row stands for it, so none stays current and no form shows.
    m_tree->setCurrentIndex(QModelIndex());
    m_details->showOtherRecord(table, id);
}

void MainWindow::reload()
{
    if (auto loaded = m_treeModel->reload(); !loaded)
        statusBar()->showMessage(tr("The forum could not be read: %1").arg(loaded.error().message));
    // Show the forum and its groups, and the list of countries; deeper levels on demand.
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        const QModelIndex top = m_treeModel->index(row, 0);
        m_tree->expand(top);
        if (ForumTreeModel::kindOf(top) == NodeKind::Forum)
            for (int child = 0; child < m_treeModel->rowCount(top); ++child)
                m_tree->expand(m_treeModel->index(child, 0, top));
    }
    const QModelIndex first = m_treeModel->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    else
        m_details->showNothing();
}

void MainWindow::rememberTreeState()
{
    m_restoring = true;
    const QModelIndex current = m_tree->currentIndex();
    m_keptCurrent = ForumTreeModel::idOf(current);
    m_keptKind = ForumTreeModel::kindOf(current);
    m_keptExpanded.clear();
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
            const QModelIndex child = m_treeModel->index(row, 0, parent);
            if (m_tree->isExpanded(child)) {
                m_keptExpanded.insert(rowKey(child));
                pending.push_back(child);
            }
        }
    }
}

void MainWindow::restoreTreeState()
{
    std::vector<QModelIndex> pending{QModelIndex()};
    QModelIndex countriesRoot;
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
            const QModelIndex child = m_treeModel->index(row, 0, parent);
            if (ForumTreeModel::kindOf(child) == NodeKind::CountriesRoot)
                countriesRoot = child;
            if (m_keptExpanded.contains(rowKey(child))) {
                m_tree->expand(child);
                pending.push_back(child);
            }
        }
    }
    QModelIndex current =
        m_keptKind == NodeKind::CountriesRoot ? countriesRoot : m_treeModel->indexOf(m_keptCurrent);
    m_restoring = false;
    if (!current.isValid()) // deleted: the forum, rather than nothing
        current = m_treeModel->index(0, 0);
    m_tree->setCurrentIndex(current);
    showCurrent(current);
}

void MainWindow::showCurrent(const QModelIndex &current)
{
    if (m_restoring) // the reset's passing states; restoreTreeState() settles
        return;
    updateActions();
    if (!current.isValid()) {
        m_details->showNothing();
        m_editors->parentWidget()->parentWidget()->hide();
        return;
    }
    const NodeKind kind = ForumTreeModel::kindOf(current);
    const QUuid id = ForumTreeModel::idOf(current);
    RecordForm *form = m_forms.value(kind);
    QWidget *editorArea = m_editors->parentWidget()->parentWidget(); // the scroll area
    if (form) {
        // The same record again (after a reload): keep what the person is typing.
        if (form->recordId() != id || !form->isDirty())
            form->showRecord(id);
        m_editors->setCurrentWidget(form);
        editorArea->show();
    } else {
        editorArea->hide();
    }
    if (m_details->currentId() != id || m_details->currentKind() != kind ||
        !m_details->otherTable().isEmpty())
        m_details->showRecord(kind, id);
}

void MainWindow::updateActions()
{
    const NodeKind kind = ForumTreeModel::kindOf(m_tree->currentIndex());
    const bool valid = m_tree->currentIndex().isValid();
    m_deleteAction->setEnabled(valid && !tableOf(kind).isEmpty());
    m_newInstitutionAction->setEnabled(!currentIdOf(NodeKind::Country).isNull());
    m_newSubgroupAction->setEnabled(!currentIdOf(NodeKind::Group).isNull());
}

QUuid MainWindow::currentIdOf(NodeKind kind) const
{
    for (QModelIndex index = m_tree->currentIndex(); index.isValid(); index = index.parent())
        if (ForumTreeModel::kindOf(index) == kind)
            return ForumTreeModel::idOf(index);
    return {};
}

void MainWindow::deleteCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString table = tableOf(ForumTreeModel::kindOf(current));
    if (table.isEmpty())
        return;
    const QString name = current.data().toString();
    auto plan = commands::planRemoval(*m_document, table, ForumTreeModel::idOf(current));
    if (!plan) {
        m_prompts->inform(this, tr("Delete"), plan.error().message);
        return;
    }
    if (!plan->allowed()) {
        m_prompts->inform(this, tr("Cannot Delete"), RemovalText::refusal(name, *plan));
        return;
    }
    if (!m_prompts->confirm(this, tr("Delete"), RemovalText::confirmation(name, *plan)))
        return;
    if (auto removed = commands::remove(*m_document, *plan, tr("Delete %1").arg(name)); !removed)
        m_prompts->inform(this, tr("Delete"),
                          tr("%1 could not be deleted: %2").arg(name, removed.error().message));
}

void MainWindow::openNew(const QUuid &id)
{
    if (!selectRecord(id))
        return;
    if (RecordForm *form = m_forms.value(ForumTreeModel::kindOf(m_tree->currentIndex()))) {
        form->firstField()->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(form->firstField()))
            edit->selectAll(); // typing replaces the placeholder name
    }
}

void MainWindow::newCountry()
{
    // ISO 3166 leaves XA-XZ to users: a free one of those satisfies the unique, two-letter
    // code until the person types the real one.
    Country country;
    for (char letter = 'A'; letter <= 'Z' && country.iso2.isEmpty(); ++letter) {
        const QString code = QStringLiteral("X") + QLatin1Char(letter);
        auto same = m_document->repository().listWhere<Country>("iso2", code);
        if (same && same->isEmpty())
            country.iso2 = code;
    }
    if (country.iso2.isEmpty()) {
        m_prompts->inform(this, tr("New Country"),
                          tr("Give the new countries added before their real ISO codes first."));
        return;
    }
    country.nameEs = tr("New country");
    if (auto added = commands::add(*m_document, country, tr("New country")); !added) {
        m_prompts->inform(this, tr("New Country"), added.error().message);
        return;
    }
    openNew(country.meta.id);
}

void MainWindow::newInstitution()
{
    Institution institution;
    institution.countryId = currentIdOf(NodeKind::Country);
    if (institution.countryId.isNull())
        return;
    institution.name = tr("New institution");
    if (auto added = commands::add(*m_document, institution, tr("New institution")); !added) {
        m_prompts->inform(this, tr("New Institution"), added.error().message);
        return;
    }
    openNew(institution.meta.id);
}

void MainWindow::newSubgroup()
{
    Subgroup subgroup;
    subgroup.groupId = currentIdOf(NodeKind::Group);
    if (subgroup.groupId.isNull())
        return;
    auto siblings = m_document->repository().listWhere<Subgroup>(
        "group_id", column::toVariant(subgroup.groupId));
    if (!siblings) {
        m_prompts->inform(this, tr("New Subgroup"), siblings.error().message);
        return;
    }
    for (const Subgroup &s : *siblings)
        subgroup.number = std::max(subgroup.number, s.number);
    subgroup.number += 1;
    subgroup.name = tr("New subgroup");
    if (auto added = commands::add(*m_document, subgroup, tr("New subgroup")); !added) {
        m_prompts->inform(this, tr("New Subgroup"), added.error().message);
        return;
    }
    openNew(subgroup.meta.id);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Focal"),
        tr("<h3>Focal %1</h3><p>A desktop workbench for the national focal points of PROSUR: "
           "the forum's working groups, subgroups, meetings, commitments and plans, kept in one "
           "database per person.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1100, 720);
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({420, 680});
    m_rightPane->restoreState(settings.value(rightPaneKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(rightPaneKey, m_rightPane->saveState());
    settings.setValue(stateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace focal
