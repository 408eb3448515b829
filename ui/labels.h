#pragma once

#include "library/librarytypes.h"

#include <QCoreApplication>
#include <QString>

namespace gaozi::ui {

// Display names for core enums. Roles and topics are stored in Chinese in the
// library and shown as they are; kinds and sort orders are code names and
// need a translated label.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString kind(PhraseKind kind);
    static QString kindName(const QString &codeName); // "heading" → label; unknown names pass through
    static QString kindHelp(PhraseKind kind);
    static QString sort(SortOrder order);
    static QString yearOrUnknown(const std::optional<int> &year);
    static QString orUnknown(const QString &value);
    static QString appName();
    static QString cannotOpenLibrary(const QString &path, const QString &error);
};

} // namespace gaozi::ui
