#include "export/layoutprofile.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <functional>

namespace gaozi {
namespace {

struct RoleKey
{
    FontRole role;
    const char16_t *key;
};

constexpr RoleKey kRoleKeys[] = {
    {FontRole::Title, u"title"},         {FontRole::Heading1, u"heading1"}, {FontRole::Heading2, u"heading2"},
    {FontRole::Heading3, u"heading3"},   {FontRole::Heading4, u"heading4"}, {FontRole::Body, u"body"},
    {FontRole::PageNumber, u"page_number"},
};

QString key(const char16_t *k)
{
    return QString::fromUtf16(k);
}

// Reads one JSON object into existing values. Keys it is asked about are
// remembered so leftovers (typos) can be reported; the first problem wins.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    void number(const char16_t *k, double *target)
    {
        scalar(k, target, &QJsonValue::isDouble, [](const QJsonValue &v) { return v.toDouble(); },
               QStringLiteral("must be a number"));
    }

    void integer(const char16_t *k, int *target)
    {
        double d = *target;
        number(k, &d);
        if (d != std::floor(d) || std::abs(d) > 1e6)
            return fail(k, QStringLiteral("must be a whole number"));
        *target = int(d);
    }

    void string(const char16_t *k, QString *target)
    {
        scalar(k, target, &QJsonValue::isString, [](const QJsonValue &v) { return v.toString(); },
               QStringLiteral("must be a string"));
    }

    void boolean(const char16_t *k, bool *target)
    {
        scalar(k, target, &QJsonValue::isBool, [](const QJsonValue &v) { return v.toBool(); },
               QStringLiteral("must be true or false"));
    }

    void strings(const char16_t *k, QStringList *target)
    {
        const QJsonValue v = take(k);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(k, QStringLiteral("must be an array of strings"));
        QStringList list;
        const QJsonArray array = v.toArray();
        for (const auto &item : array) {
            if (!item.isString())
                return fail(k, QStringLiteral("must be an array of strings"));
            list.append(item.toString());
        }
        *target = list;
    }

    // A nested object, or an empty one when the key is absent.
    QJsonObject object(const char16_t *k)
    {
        const QJsonValue v = take(k);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(k, QStringLiteral("must be an object"));
        return v.toObject();
    }

    QString path(const char16_t *k) const { return m_path.isEmpty() ? key(k) : m_path + u'.' + key(k); }

    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()) && m_error->isEmpty()) {
                const QString full = m_path.isEmpty() ? it.key() : m_path + u'.' + it.key();
                *m_error = QStringLiteral("unknown key \"%1\"").arg(full);
            }
        }
    }

private:
    template<typename T, typename IsType, typename Convert>
    void scalar(const char16_t *k, T *target, IsType isType, Convert convert, const QString &what)
    {
        const QJsonValue v = take(k);
        if (v.isUndefined())
            return;
        if (!std::invoke(isType, v))
            return fail(k, what);
        *target = std::invoke(convert, v);
    }

    QJsonValue take(const char16_t *k)
    {
        m_seen.insert(key(k));
        return m_object.value(key(k));
    }

    void fail(const char16_t *k, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("\"%1\" %2").arg(path(k), what);
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QSet<QString> m_seen;
};

QJsonObject fontToJson(const FontSpec &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("family"), f.family);
    o.insert(QStringLiteral("fallbacks"), QJsonArray::fromStringList(f.fallbacks));
    o.insert(QStringLiteral("size_pt"), f.sizePt);
    o.insert(QStringLiteral("bold"), f.bold);
    return o;
}

QString checkRange(const QString &name, double value, double low, double high)
{
    if (!(value >= low && value <= high))
        return QStringLiteral("\"%1\" must be between %2 and %3 (is %4)").arg(name).arg(low).arg(high).arg(value);
    return {};
}

} // namespace

const FontSpec &LayoutProfile::font(FontRole role) const
{
    switch (role) {
    case FontRole::Title:
        return title;
    case FontRole::Heading1:
        return heading1;
    case FontRole::Heading2:
        return heading2;
    case FontRole::Heading3:
        return heading3;
    case FontRole::Heading4:
        return heading4;
    case FontRole::PageNumber:
        return pageNumber;
    case FontRole::Body:
        break;
    }
    return body;
}

FontSpec &LayoutProfile::font(FontRole role)
{
    return const_cast<FontSpec &>(std::as_const(*this).font(role));
}

Status LayoutProfile::validate() const
{
    const QStringList problems{
        checkRange(QStringLiteral("paper_mm.width"), paperWidthMm, 50, 2000),
        checkRange(QStringLiteral("paper_mm.height"), paperHeightMm, 50, 2000),
        checkRange(QStringLiteral("margins_mm.top"), marginTopMm, 0, 200),
        checkRange(QStringLiteral("margins_mm.bottom"), marginBottomMm, 0, 200),
        checkRange(QStringLiteral("margins_mm.left"), marginLeftMm, 0, 200),
        checkRange(QStringLiteral("margins_mm.right"), marginRightMm, 0, 200),
        checkRange(QStringLiteral("line_spacing_pt"), lineSpacingPt, 6, 200),
        checkRange(QStringLiteral("lines_per_page"), linesPerPage, 1, 200),
        checkRange(QStringLiteral("chars_per_line"), charsPerLine, 1, 200),
        checkRange(QStringLiteral("first_line_indent_chars"), firstLineIndentChars, 0, 20),
        checkRange(QStringLiteral("date_right_indent_chars"), dateRightIndentChars, 0, 20),
        checkRange(QStringLiteral("page_number_gap_mm"), pageNumberGapMm, 0, 100),
    };
    for (const QString &problem : problems) {
        if (!problem.isEmpty())
            return Error{problem};
    }
    if (paperWidthMm - marginLeftMm - marginRightMm < 20 || paperHeightMm - marginTopMm - marginBottomMm < 20)
        return Error{QStringLiteral("the margins leave less than 20 mm of text block")};
    for (const auto &rk : kRoleKeys) {
        const FontSpec &f = font(rk.role);
        const QString where = QStringLiteral("fonts.") + key(rk.key);
        if (f.family.trimmed().isEmpty())
            return Error{QStringLiteral("\"%1.family\" must not be empty").arg(where)};
        if (const QString e = checkRange(where + QStringLiteral(".size_pt"), f.sizePt, 4, 200); !e.isEmpty())
            return Error{e};
    }
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("\"name\" must not be empty")};
    return Status::success();
}

QJsonObject LayoutProfile::toJson() const
{
    QJsonObject fonts;
    for (const auto &rk : kRoleKeys)
        fonts.insert(key(rk.key), fontToJson(font(rk.role)));
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("paper_mm"),
             QJsonObject{{QStringLiteral("width"), paperWidthMm}, {QStringLiteral("height"), paperHeightMm}});
    o.insert(QStringLiteral("margins_mm"), QJsonObject{{QStringLiteral("top"), marginTopMm},
                                                       {QStringLiteral("bottom"), marginBottomMm},
                                                       {QStringLiteral("left"), marginLeftMm},
                                                       {QStringLiteral("right"), marginRightMm}});
    o.insert(QStringLiteral("line_spacing_pt"), lineSpacingPt);
    o.insert(QStringLiteral("lines_per_page"), linesPerPage);
    o.insert(QStringLiteral("chars_per_line"), charsPerLine);
    o.insert(QStringLiteral("first_line_indent_chars"), firstLineIndentChars);
    o.insert(QStringLiteral("date_right_indent_chars"), dateRightIndentChars);
    o.insert(QStringLiteral("page_number_gap_mm"), pageNumberGapMm);
    o.insert(QStringLiteral("word_char_grid"), wordCharGrid);
    o.insert(QStringLiteral("fonts"), fonts);
    return o;
}

Result<LayoutProfile> LayoutProfile::fromJson(const QJsonObject &json, const LayoutProfile &base)
{
    LayoutProfile p = base;
    QString error;
    FieldReader top(json, {}, &error);
    top.string(u"name", &p.name);
    top.string(u"description", &p.description);

    FieldReader paper(top.object(u"paper_mm"), QStringLiteral("paper_mm"), &error);
    paper.number(u"width", &p.paperWidthMm);
    paper.number(u"height", &p.paperHeightMm);
    paper.finish();

    FieldReader margins(top.object(u"margins_mm"), QStringLiteral("margins_mm"), &error);
    margins.number(u"top", &p.marginTopMm);
    margins.number(u"bottom", &p.marginBottomMm);
    margins.number(u"left", &p.marginLeftMm);
    margins.number(u"right", &p.marginRightMm);
    margins.finish();

    top.number(u"line_spacing_pt", &p.lineSpacingPt);
    top.integer(u"lines_per_page", &p.linesPerPage);
    top.integer(u"chars_per_line", &p.charsPerLine);
    top.number(u"first_line_indent_chars", &p.firstLineIndentChars);
    top.number(u"date_right_indent_chars", &p.dateRightIndentChars);
    top.number(u"page_number_gap_mm", &p.pageNumberGapMm);
    top.boolean(u"word_char_grid", &p.wordCharGrid);

    FieldReader fonts(top.object(u"fonts"), QStringLiteral("fonts"), &error);
    for (const auto &rk : kRoleKeys) {
        FontSpec &f = p.font(rk.role);
        FieldReader one(fonts.object(rk.key), fonts.path(rk.key), &error);
        one.string(u"family", &f.family);
        one.strings(u"fallbacks", &f.fallbacks);
        one.number(u"size_pt", &f.sizePt);
        one.boolean(u"bold", &f.bold);
        one.finish();
    }
    fonts.finish();
    top.finish();

    if (!error.isEmpty())
        return Error{error};
    if (auto valid = p.validate(); !valid)
        return Error{valid.error()};
    return p;
}

int mmToTwips(double mm)
{
    return int(std::lround(mm * 1440.0 / 25.4));
}

int ptToTwips(double pt)
{
    return int(std::lround(pt * 20.0));
}

PageMetrics pageMetrics(const LayoutProfile &profile)
{
    PageMetrics m;
    m.pageWidth = mmToTwips(profile.paperWidthMm);
    m.pageHeight = mmToTwips(profile.paperHeightMm);
    m.marginTop = mmToTwips(profile.marginTopMm);
    m.marginBottom = mmToTwips(profile.marginBottomMm);
    m.marginLeft = mmToTwips(profile.marginLeftMm);
    m.marginRight = mmToTwips(profile.marginRightMm);
    m.textWidth = m.pageWidth - m.marginLeft - m.marginRight;
    m.textHeight = m.pageHeight - m.marginTop - m.marginBottom;
    // Rounded down: one twip too many per line pushes the last line onto the next page.
    m.linePitch = int(std::floor(profile.lineSpacingPt * 20.0 + 1e-6));
    // Word fits floor(width / (size + charSpace/4096)) characters on a line,
    // so the pitch is rounded down to make exactly charsPerLine fit.
    const double pitchPt = m.textWidth / 20.0 / profile.charsPerLine;
    m.charSpace = int(std::floor((pitchPt - profile.body.sizePt) * 4096.0));
    // Without Word's character grid the same pitch comes from condensing
    // each character (floor: 28 x 15.75 pt still fits 442 pt, 28 x 15.8 does not).
    m.charSpacing = profile.wordCharGrid ? 0 : int(std::floor((pitchPt - profile.body.sizePt) * 20.0 + 1e-9));
    // The page number line is exactly its font size high (see the Footer style).
    m.footerDistance =
        std::max(0, m.marginBottom - mmToTwips(profile.pageNumberGapMm) - ptToTwips(profile.pageNumber.sizePt));
    return m;
}

} // namespace gaozi
