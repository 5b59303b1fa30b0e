#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QTreeView;

namespace focal {

class DetailsView;
class ForumDocument;
class ForumTreeModel;

// The main window: the forum's structure on the left, the selected record's details on the
// right, the database's path in the status bar. It owns the open document; the editor's undo
// stack, editing forms and dashboard are to hang here too.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<ForumDocument> document, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void reload();
    void showCurrent(const QModelIndex &current);
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<ForumDocument> m_document;
    ForumTreeModel *m_treeModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    DetailsView *m_details = nullptr;
    QLabel *m_pathLabel = nullptr;
};

} // namespace focal
