#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gaozi {

// The face, size and weight of one kind of text.
struct FontSpec
{
    QString family;        // the official name, written into w:rFonts ("仿宋_GB2312")
    QStringList fallbacks; // tried in order when family is missing (w:altName in fontTable.xml)
    double sizePt = 16;    // 3号 = 16 pt, 2号 = 22 pt, 4号 = 14 pt
    bool bold = false;

    bool operator==(const FontSpec &) const = default;
};

enum class FontRole { Title, Heading1, Heading2, Heading3, Heading4, Body, PageNumber };

// How an exported .docx is laid out. The member defaults are GB/T 9704-2012
// (党政机关公文格式); a house variant changes only what differs and is saved
// as JSON (see docs/EXPORT.md for the keys).
struct LayoutProfile
{
    QString name = QStringLiteral("gbt9704");
    QString description = QStringLiteral("GB/T 9704-2012 党政机关公文格式");

    double paperWidthMm = 210; // A4
    double paperHeightMm = 297;
    double marginTopMm = 37;    // 天头
    double marginBottomMm = 35;
    double marginLeftMm = 28;   // 订口
    double marginRightMm = 26;  // leaves a 156 x 225 mm text block

    double lineSpacingPt = 28.95; // fixed; 22 lines of 28.95 pt fit the 225 mm block
    int linesPerPage = 22;
    int charsPerLine = 28;
    double firstLineIndentChars = 2;
    double dateRightIndentChars = 4; // 成文日期 右空四字
    double pageNumberGapMm = 7;      // page number's top edge below the text block
    // false: a line grid plus character spacing condensed so charsPerLine
    // characters fill a line, which Word, WPS and LibreOffice lay out alike.
    // true: Word's 指定行和字符网格 (w:docGrid linesAndChars + w:charSpace);
    // Word and WPS show it in Page Setup, but LibreOffice puts every 3号
    // character into two grid cells and the page count doubles.
    bool wordCharGrid = false;

    FontSpec title{QStringLiteral("方正小标宋简体"), {QStringLiteral("宋体"), QStringLiteral("SimSun")}, 22, false};
    FontSpec heading1{QStringLiteral("黑体"), {QStringLiteral("SimHei")}, 16, false};
    FontSpec heading2{QStringLiteral("楷体_GB2312"), {QStringLiteral("楷体"), QStringLiteral("KaiTi")}, 16, false};
    FontSpec heading3{QStringLiteral("仿宋_GB2312"), {QStringLiteral("仿宋"), QStringLiteral("FangSong")}, 16, true};
    FontSpec heading4{QStringLiteral("仿宋_GB2312"), {QStringLiteral("仿宋"), QStringLiteral("FangSong")}, 16, false};
    FontSpec body{QStringLiteral("仿宋_GB2312"), {QStringLiteral("仿宋"), QStringLiteral("FangSong")}, 16, false};
    FontSpec pageNumber{QStringLiteral("宋体"), {QStringLiteral("SimSun")}, 14, false};

    static LayoutProfile gbt9704() { return {}; }

    const FontSpec &font(FontRole role) const;
    FontSpec &font(FontRole role);

    // Errors name the offending key ("margins_mm.top must be between 0 and 200").
    Status validate() const;

    // Every key is written; reading starts from `base` so a file may list only
    // what it changes. Unknown keys are errors (a misspelt key would otherwise
    // be silently ignored).
    QJsonObject toJson() const;
    static Result<LayoutProfile> fromJson(const QJsonObject &json, const LayoutProfile &base = gbt9704());

    bool operator==(const LayoutProfile &) const = default;
};

// The numbers OOXML wants, derived from a profile (twips = 1/20 pt = 1/1440 inch).
struct PageMetrics
{
    int pageWidth = 0;
    int pageHeight = 0;
    int marginTop = 0;
    int marginBottom = 0;
    int marginLeft = 0;
    int marginRight = 0;
    int footerDistance = 0; // page bottom edge to the page number's bottom edge
    int textWidth = 0;
    int textHeight = 0;
    int linePitch = 0;      // fixed line height (w:spacing w:line, w:docGrid w:linePitch)
    int charSpace = 0;      // w:docGrid w:charSpace: 1/4096 pt added to the body size per character
    int charSpacing = 0;    // w:rPr/w:spacing for body-sized text (twips, negative = condensed); 0 with wordCharGrid
};

PageMetrics pageMetrics(const LayoutProfile &profile);

int mmToTwips(double mm);
int ptToTwips(double pt);

} // namespace gaozi
