#include "exchange/SiteIdentityDialog.h"

#include "ForumDocument.h"
#include "widgets/DeadlineEdit.h"

#include "exchange/Exchange.h"
#include "model/Country.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace focal {

SiteIdentityDialog::SiteIdentityDialog(ForumDocument &document, Occasion occasion, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("siteIdentityDialog"));
    setWindowTitle(tr("Site Identity"));

    auto *intro = new QLabel(
        occasion == Occasion::FirstStart
            ? tr("Which country does this installation of Focal work for, and who is its focal "
                 "point? Every package you send says so, so that the other focal points know "
                 "where the changes come from.")
            : tr("The country and focal point this installation works for. Every package you "
                 "send carries them."));
    intro->setWordWrap(true);

    m_country = new QComboBox;
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setAccessibleName(tr("Country"));
    const Language lang = DeadlineEdit::interfaceLanguage();
    if (auto countries = m_document.repository().list<Country>()) {
        QList<Country> sorted = *countries;
        QCollator collator;
        std::sort(sorted.begin(), sorted.end(), [&](const Country &a, const Country &b) {
            return collator.compare(a.name(lang), b.name(lang)) < 0;
        });
        m_country->addItem(tr("Choose the country…"), QUuid());
        for (const Country &c : std::as_const(sorted))
            m_country->addItem(QStringLiteral("%1 (%2)").arg(c.name(lang), c.iso2), c.meta.id);
    }
    m_focalPoint = new QLineEdit;
    m_focalPoint->setObjectName(QStringLiteral("focalPointEdit"));
    m_focalPoint->setAccessibleName(tr("Focal point"));
    m_focalPoint->setPlaceholderText(tr("First and last name"));

    const SiteIdentity current = SiteIdentity::load(m_document.database());
    m_country->setCurrentIndex(qMax(0, m_country->findData(current.countryId)));
    m_focalPoint->setText(current.focalPoint);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("identityError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Focal point:"), m_focalPoint);

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveIdentityButton"));
    m_save->setDefault(true);
    QPushButton *later =
        buttons->addButton(occasion == Occasion::FirstStart ? tr("&Later") : tr("Cancel"),
                           QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_country, &QComboBox::currentIndexChanged, this, &SiteIdentityDialog::updateSave);
    connect(m_focalPoint, &QLineEdit::textChanged, this, &SiteIdentityDialog::updateSave);
    updateSave();
    (m_country->currentIndex() == 0 ? static_cast<QWidget *>(m_country) : m_focalPoint)->setFocus();
}

QUuid SiteIdentityDialog::countryId() const
{
    return m_country->currentData().toUuid();
}

QString SiteIdentityDialog::focalPoint() const
{
    return m_focalPoint->text().simplified();
}

void SiteIdentityDialog::updateSave()
{
    m_save->setEnabled(!countryId().isNull() && !focalPoint().isEmpty());
}

void SiteIdentityDialog::accept()
{
    if (countryId().isNull() || focalPoint().isEmpty())
        return;
    Database &db = m_document.database();
    const QUuid country = countryId();
    const QString name = focalPoint();
    auto saved = m_document.retryingBusy([&] { return SiteIdentity::save(db, country, name); });
    if (!saved) {
        m_error->setText(tr("The identity could not be saved: %1").arg(saved.error().message));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace focal
