#pragma once

#include <QString>

// QSettings keys the window remembers between sessions. Tests point QSettings
// at a temporary INI file, so nothing here touches a real user's settings.
namespace gaozi::ui::settings {

inline const QString WindowGeometry = QStringLiteral("window/geometry");
inline const QString WindowState = QStringLiteral("window/state");
inline const QString CurrentPage = QStringLiteral("window/page");
inline const QString LibrarySplitter = QStringLiteral("library/splitter");
inline const QString PreviewSplitter = QStringLiteral("library/previewSplitter");
inline const QString LastSearch = QStringLiteral("library/lastSearch");
inline const QString SortOrder = QStringLiteral("library/sort");
inline const QString ListHeader = QStringLiteral("library/header");
inline const QString Language = QStringLiteral("ui/language");   // "zh_CN" (default) or "en"
inline const QString LastImportDir = QStringLiteral("import/lastDir");

} // namespace gaozi::ui::settings
