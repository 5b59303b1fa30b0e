#pragma once

#include <QComboBox>
#include <QVariant>

namespace focal {

// Makes the entry holding `data` current again after a filter combo was refilled; the first
// entry ("all") when `data` is empty or no longer offered.
inline void restoreComboChoice(QComboBox *box, const QVariant &data)
{
    const int index = data.isValid() ? box->findData(data) : 0;
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace focal
