#pragma once

#include <QIcon>

namespace gaozi::ui::icons {

// The application icon (the red 稿 seal from resources/icons).
QIcon app();

// Toolbar icons, painted with QPainter: no icon theme or SVG plugin needed,
// so they look the same on every desktop and under xvfb.
enum class Glyph { Import, Star, Add, Copy, Edit, Delete, Documents, Overview };
QIcon glyph(Glyph which);

} // namespace gaozi::ui::icons
