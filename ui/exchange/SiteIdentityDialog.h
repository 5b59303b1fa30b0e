#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace focal {

class ForumDocument;

// Asks this installation's country (from the database's countries, named in the program's
// language) and its focal point's name, and stores them as the site identity that every package
// carries. On first start it can be put off ("Later"); the status bar then offers it again.
class SiteIdentityDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Occasion { FirstStart, Settings };

    SiteIdentityDialog(ForumDocument &document, Occasion occasion, QWidget *parent = nullptr);

    QUuid countryId() const;
    QString focalPoint() const;

    // Saves the identity; stays open with the reason shown when it cannot be saved.
    void accept() override;

private:
    void updateSave();

    ForumDocument &m_document;
    QComboBox *m_country = nullptr;
    QLineEdit *m_focalPoint = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace focal
