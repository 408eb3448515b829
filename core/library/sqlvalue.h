#pragma once

#include <QString>
#include <QVariant>

namespace gaozi {

// Qt binds a null QString as SQL NULL; the library's text columns are NOT NULL
// with '' meaning "none", so text is always bound through this.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace gaozi
