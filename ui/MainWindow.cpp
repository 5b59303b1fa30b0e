#include "MainWindow.h"

#include "DetailsView.h"
#include "exchange/ExchangeActions.h"
#include "FileMenu.h"
#include "forms/AreaForm.h"
#include "forms/CountryForm.h"
#include "forms/InstitutionForm.h"
#include "forms/PersonForm.h"
#include "forms/SubgroupForm.h"
#include "forms/WorkingGroupForm.h"
#include "ForumDocument.h"
#include "ForumTreeModel.h"
#include "GuardedSelectionModel.h"
#include "LanguageMenu.h"
#include "meetings/MeetingActions.h"
#include "meetings/MeetingEditor.h"
#include "MessageBoxPrompts.h"
#include "plans/PlanActions.h"
#include "plans/PlanEditor.h"
#include "RecentDatabases.h"
#include "RecordActions.h"
#include "RecordNavigator.h"
#include "report/ReportActions.h"
#include "SearchDock.h"
#include "UnappliedChanges.h"
#include "WindowLayout.h"

#include "model/Plan.h"
#include "storage/ChangeNotifier.h"

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
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoView>

namespace focal {

MainWindow::MainWindow(std::unique_ptr<ForumDocument> document, QWidget *parent)
    : QMainWindow(parent), m_document(std::move(document)),
      m_prompts(std::make_unique<MessageBoxPrompts>())
{
    setObjectName(QStringLiteral("mainWindow"));

    m_outsideChanges = new QTimer(this);
    m_outsideChanges->setInterval(3000);
    connect(m_outsideChanges, &QTimer::timeout, this, &MainWindow::checkForOutsideChanges);
    m_outsideChanges->start();

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
    m_navigator =
        new RecordNavigator([this](const QModelIndex &current) { showCurrent(current); }, this);
    m_recordActions =
        new RecordActions(this, {[this]() -> ForumDocument & { return *m_document; },
                                 [this]() -> Prompts & { return *m_prompts; },
                                 [this] { return m_tree ? m_tree->currentIndex() : QModelIndex(); },
                                 [this](const QUuid &id) { openNew(id); }});
    m_planActions = new PlanActions(
        this, {[this]() -> ForumDocument & { return *m_document; },
               [this]() -> Prompts & { return *m_prompts; },
               [this] {
                   return m_planEditor && m_planEditor->isVisibleTo(this) ? m_planEditor->plan()
                                                                          : QUuid();
               },
               [this](const QUuid &id) { openPlanItem(id); },
               [this] { return m_today.isValid() ? m_today : QDate::currentDate(); }});
    m_meetingActions = new MeetingActions(
        this, {[this]() -> ForumDocument & { return *m_document; },
               [this]() -> Prompts & { return *m_prompts; },
               [this] {
                   return m_meetingEditor && m_meetingEditor->isVisibleTo(this)
                              ? m_meetingEditor->meeting()
                              : QUuid();
               },
               [this] { return currentIdOf(NodeKind::Group); },
               [this] { return currentIdOf(NodeKind::Subgroup); },
               [this](const QString &table, const QUuid &id) { openRecord(table, id); },
               [this] { return m_today.isValid() ? m_today : QDate::currentDate(); }});

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
    new ReportActions(this, {[this]() -> ForumDocument & { return *m_document; },
                             [this]() -> Prompts & { return *m_prompts; },
                             [this](NodeKind kind) { return currentIdOf(kind); }});
    new ExchangeActions(this, {[this]() -> ForumDocument & { return *m_document; },
                               [this]() -> Prompts & { return *m_prompts; },
                               [this](NodeKind kind) { return currentIdOf(kind); },
                               [this](const QString &t, const QUuid &id) { openRecord(t, id); }});
    new LanguageMenu(this);
    createToolBar();
    buildViews();
    WindowLayout::restore(*this, *m_splitter, *m_rightPane);
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
    m_document->setBusyHandler([this] {
        return m_prompts->choose(this, tr("Database Busy"),
                                 tr("Another program is changing the database, so the change "
                                    "could not be written yet. Try again?"),
                                 {tr("Retry")}) == 0;
    });
    m_undoGroup.addStack(&m_document->undoStack());
    m_undoGroup.setActiveStack(&m_document->undoStack());

    m_treeModel = new ForumTreeModel(m_document->repository(), this);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("forumTree"));
    m_tree->setAccessibleName(tr("Forum structure"));
    m_tree->setModel(m_treeModel);
    // Every move of the current item first settles the form's unapplied edits.
    QItemSelectionModel *plain = m_tree->selectionModel();
    m_tree->setSelectionModel(new GuardedSelectionModel(
        m_treeModel, ForumTreeModel::IdRole,
        [this](const QModelIndex &target) {
            return m_restoring || mayLeaveForm(ForumTreeModel::idOf(target));
        },
        m_tree));
    delete plain;
    m_tree->setHeaderHidden(true);
    // Wide editors (a plan's table) must not squeeze the navigator to a sliver.
    m_tree->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions(m_recordActions->actions());

    m_forms.insert(NodeKind::Area, new AreaForm(*m_document));
    m_forms.insert(NodeKind::Group, new WorkingGroupForm(*m_document));
    m_forms.insert(NodeKind::Subgroup, new SubgroupForm(*m_document));
    m_forms.insert(NodeKind::Country, new CountryForm(*m_document));
    m_forms.insert(NodeKind::Institution, new InstitutionForm(*m_document));
    m_forms.insert(NodeKind::Person, new PersonForm(*m_document));
    m_editors = new QStackedWidget;
    m_editors->setObjectName(QStringLiteral("editors"));
    for (RecordForm *form : std::as_const(m_forms))
        m_editors->addWidget(form);
    auto *editorScroll = new QScrollArea;
    editorScroll->setWidget(m_editors);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);

    // A plan is edited in its own editor; the plan's toolbar also offers the Plans menu's actions.
    m_planEditor = new PlanEditor(*m_document, m_viewPrompts);
    m_planEditor->setObjectName(QStringLiteral("planEditor"));
    m_planEditor->toolBar()->addSeparator();
    m_planEditor->toolBar()->addActions(m_planActions->planActions());
    m_planEditor->hide();
    m_meetingEditor = new MeetingEditor(*m_document, m_viewPrompts);
    m_meetingEditor->setObjectName(QStringLiteral("meetingEditor"));
    m_meetingEditor->toolBar()->addSeparator();
    m_meetingEditor->toolBar()->addActions(m_meetingActions->meetingActions());
    m_meetingEditor->hide();
    // Which actions apply changes with the data (a step of the minutes, a plan's state).
    connect(m_document->database().notifier(), &ChangeNotifier::committed, this, [this] {
        m_planActions->update();
        m_meetingActions->update();
    });

    m_details = new DetailsView(m_document->repository());
    m_details->setToday([this] { return m_today.isValid() ? m_today : QDate::currentDate(); });
    connect(m_details, &DetailsView::recordLinkActivated, this, &MainWindow::openRecord);

    // The form over the details: the details show what the form does not (members' plans,
    // meetings), and follow each applied change.
    m_rightPane = new QSplitter(Qt::Vertical);
    m_rightPane->setObjectName(QStringLiteral("rightPane"));
    m_rightPane->addWidget(editorScroll);
    m_rightPane->addWidget(m_planEditor);
    m_rightPane->addWidget(m_meetingEditor);
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
    // The forum row stays current under the home page: clicking it (or Enter) shows its details.
    for (auto signal : {&QAbstractItemView::clicked, &QAbstractItemView::activated})
        connect(m_tree, signal, this, [this](const QModelIndex &index) {
            if (m_details->showsHome())
                showCurrent(index);
        });
    // A year of meetings is read when it is opened.
    connect(m_tree, &QTreeView::expanded, m_treeModel, &ForumTreeModel::ensureLoaded);
    // The tree rebuilds itself after every write; the person stays on the same record.
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this,
            &MainWindow::rememberTreeState);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, &MainWindow::restoreTreeState);

    m_navigator->setViews(m_tree, m_treeModel, m_details);
    m_searchDock->setDatabase(&m_document->database());
    reload();
}

void MainWindow::dropViews()
{
    m_searchDock->setDatabase(nullptr);
    m_navigator->setViews(nullptr, nullptr, nullptr);
    m_planActions->dropViews();
    m_meetingActions->dropViews();
    // Whatever the tree does while it goes, it asks no questions and redraws nothing.
    m_restoring = true;
    delete takeCentralWidget(); // the tree, the forms and the details
    m_restoring = false;
    m_tree = nullptr;
    m_editors = nullptr;
    m_planEditor = nullptr;
    m_meetingEditor = nullptr;
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
    m_treeState.clear();
    m_document = std::make_unique<ForumDocument>(std::move(database)); // the old one closes
    buildViews();
    m_splitter->restoreState(mainSizes);
    m_rightPane->restoreState(rightSizes);
    m_tree->setFocus();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->path())),
                             5000);
}

std::unique_ptr<ForumDocument> MainWindow::releaseDocument()
{
    if (!mayLeaveDocument())
        return nullptr;
    WindowLayout::save(*this, *m_splitter, *m_rightPane);
    m_undoGroup.removeStack(&m_document->undoStack());
    delete m_undoDock;
    m_undoDock = nullptr;
    dropViews();
    return std::move(m_document);
}

QUuid MainWindow::currentRecordId() const
{
    return m_tree ? ForumTreeModel::idOf(m_tree->currentIndex()) : QUuid();
}

bool MainWindow::mayLeaveDocument()
{
    return mayLeaveForm(QUuid());
}

bool MainWindow::mayLeaveForm(const QUuid &target)
{
    if (!m_tree)
        return true;
    const QModelIndex current = m_tree->currentIndex();
    RecordForm *form = m_forms.value(ForumTreeModel::kindOf(current));
    if (!current.isValid() || !form || (!target.isNull() && form->recordId() == target))
        return true; // the same record again (a refresh) keeps the edits in the form
    return UnappliedChanges::settle(this, *m_prompts, form, current.data().toString());
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
    return m_navigator->selectRecord(id);
}

void MainWindow::openRecord(const QString &table, const QUuid &id)
{
    if (table == QLatin1String(PlanItem::table))
        openPlanItem(id);
    else
        m_navigator->openRecord(table, id);
}

QUuid MainWindow::currentIdOf(NodeKind kind) const
{
    for (QModelIndex index = m_tree ? m_tree->currentIndex() : QModelIndex(); index.isValid();
         index = index.parent())
        if (ForumTreeModel::kindOf(index) == kind)
            return ForumTreeModel::idOf(index);
    return {};
}

void MainWindow::openPlanItem(const QUuid &itemId)
{
    // A product lives in its plan's editor: the plan's row, then the product in the editor.
    auto item = m_document->repository().get<PlanItem>(itemId);
    if (!item) {
        m_navigator->openRecord(QLatin1String(PlanItem::table), itemId);
        return;
    }
    m_navigator->openRecord(QLatin1String(Plan::table), item->planId);
    if (m_planEditor->isVisibleTo(this) && m_planEditor->plan() == item->planId) {
        m_planEditor->selectItem(itemId);
        m_planEditor->view()->setFocus();
    }
}

void MainWindow::showHome()
{
    m_navigator->showHome();
}

void MainWindow::setToday(QDate today)
{
    m_today = today;
    if (m_details->showsHome())
        m_details->showHome();
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
    m_planActions->populate(menuBar()->addMenu(tr("&Plans")));
    m_meetingActions->populate(menuBar()->addMenu(tr("&Meetings")));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_homeAction = viewMenu->addAction(tr("&Home"), this, &MainWindow::showHome);
    m_homeAction->setObjectName(QStringLiteral("homeAction"));
    m_homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home)); // as in web browsers
    m_homeAction->setToolTip(tr("Show the home page: deadlines, commitments and meetings"));
    viewMenu->addSeparator();
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

    m_recordActions->populate(editMenu);
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
    bar->addAction(m_homeAction);
    // The tool button is what screen readers reach; the action itself has no accessible name.
    bar->widgetForAction(m_homeAction)->setAccessibleName(tr("Home page"));
    bar->addActions(m_recordActions->actions());
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
    // The forum row is current (its context is what the "new" actions start from), but at
    // first the person sees the home page: what is due, rather than the forum's description.
    const QModelIndex first = m_treeModel->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    m_details->showHome();
}

void MainWindow::rememberTreeState()
{
    m_restoring = true;
    m_treeState.remember(*m_tree);
}

void MainWindow::restoreTreeState()
{
    QModelIndex current = m_treeState.restore(*m_tree);
    if (!current.isValid()) // deleted: the forum, rather than nothing
        current = m_treeModel->index(0, 0);
    m_tree->setCurrentIndex(current); // still restoring: showCurrent() below settles once
    m_restoring = false;
    showCurrent(current, true);
}

void MainWindow::showCurrent(const QModelIndex &current, bool keepHome)
{
    if (m_restoring) // the reset's passing states; restoreTreeState() settles
        return;
    m_recordActions->update();
    const bool plan = current.isValid() && ForumTreeModel::kindOf(current) == NodeKind::Plan;
    if (plan && m_planEditor->plan() != ForumTreeModel::idOf(current))
        m_planEditor->setPlan(ForumTreeModel::idOf(current));
    m_planEditor->setVisible(plan);
    m_planActions->update();
    const bool meeting = current.isValid() && ForumTreeModel::kindOf(current) == NodeKind::Meeting;
    if (meeting && m_meetingEditor->meeting() != ForumTreeModel::idOf(current))
        m_meetingEditor->setMeeting(ForumTreeModel::idOf(current));
    m_meetingEditor->setVisible(meeting);
    m_meetingActions->update();
    keepHome = keepHome && m_details->showsHome(); // it refreshes itself after writes
    if (!current.isValid()) {
        if (!keepHome)
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
    if (keepHome)
        return;
    if (m_details->currentId() != id || m_details->currentKind() != kind ||
        !m_details->otherTable().isEmpty() || m_details->showsHome())
        m_details->showRecord(kind, id);
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

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Focal"),
        tr("<h3>Focal %1</h3><p>A desktop workbench for the national focal points of PROSUR: "
           "the forum's working groups, subgroups, meetings, commitments and plans, kept in one "
           "database per person.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowLayout::save(*this, *m_splitter, *m_rightPane);
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Coming back to the window is when a person expects to see what others changed meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkForOutsideChanges();
}

void MainWindow::checkForOutsideChanges()
{
    if (m_document)
        m_document->database().pollExternalChanges();
}

} // namespace focal
