#include "MainWindow.h"

#include "DetailsView.h"
#include "ForumDocument.h"
#include "ForumTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace focal {
namespace {

// QSettings keys: stable names, never translated.
const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString splitterKey = QStringLiteral("MainWindow/splitter");

} // namespace

MainWindow::MainWindow(std::unique_ptr<ForumDocument> document, QWidget *parent)
    : QMainWindow(parent), m_document(std::move(document))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Focal — %1").arg(m_document->fileName()));

    m_treeModel = new ForumTreeModel(m_document->repository(), this);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("forumTree"));
    m_tree->setAccessibleName(tr("Forum structure"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    m_details = new DetailsView(m_document->repository());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_pathLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_document->path())));
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextFormat(Qt::PlainText); // a path is never markup
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel, 1);

    createActions();

    // currentChanged rather than a click signal: arrow keys move the current item too.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });

    reload();
    restoreLayout();
    // Focus given to a hidden widget takes effect when the window is first activated.
    m_tree->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on Windows; Ctrl+Q is what the brief and most people expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Focal"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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

void MainWindow::showCurrent(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_details->showNothing();
        return;
    }
    m_details->showRecord(ForumTreeModel::kindOf(current), ForumTreeModel::idOf(current));
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
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace focal
