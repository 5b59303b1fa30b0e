#pragma once

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVariant>

namespace focal {

// Makes the entry holding `data` current again after a filter combo was refilled; the first
// entry ("all") when `data` is empty or no longer offered.
inline void restoreComboChoice(QComboBox *box, const QVariant &data)
{
    const int index = data.isValid() ? box->findData(data) : 0;
    box->setCurrentIndex(index < 0 ? 0 : index);
}

// Adds to a bar of filters above a list a combo named `objectName`, as wide as its entries,
// after a label with `text` whose mnemonic ("&Group:") moves the focus to it.
inline QComboBox *addFilterCombo(QHBoxLayout *bar, const QString &text, const QString &objectName)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(text);
    label->setBuddy(box);
    bar->addWidget(label);
    bar->addWidget(box);
    return box;
}

} // namespace focal
