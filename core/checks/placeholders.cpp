#include "checks/rules.h"

#include <vector>

namespace gaozi {
namespace {

struct KindText
{
    QString message;
    QString suggestion;
};

KindText textFor(const QString &kind, const QString &matched)
{
    if (kind == u"number")
        return {QCoreApplication::translate("gaozi::Checks", "“%1” stands for a number that was never filled in.").arg(matched),
                QCoreApplication::translate("gaozi::Checks", "Write the actual number.")};
    if (kind == u"name")
        return {QCoreApplication::translate("gaozi::Checks", "“%1” stands for a name that was never filled in.").arg(matched),
                QCoreApplication::translate("gaozi::Checks", "Write the name in full, as it should appear.")};
    if (kind == u"unit")
        return {QCoreApplication::translate("gaozi::Checks", "“%1” stands for a unit or name that was never filled in.").arg(matched),
                QCoreApplication::translate("gaozi::Checks", "Write the unit's or person's actual name.")};
    if (kind == u"marker")
        return {QCoreApplication::translate("gaozi::Checks", "The editing note “%1” is still in the text.").arg(matched),
                QCoreApplication::translate("gaozi::Checks", "Write the missing content and remove the note.")};
    if (kind == u"slot")
        return {QCoreApplication::translate("gaozi::Checks", "The slot “%1” from the phrase library was never filled in.").arg(matched),
                QCoreApplication::translate("gaozi::Checks",
                                            "Fill in the slot: {数} a number, {年} a year, {单位} a unit, {名} a name.")};
    return {QCoreApplication::translate("gaozi::Checks", "The placeholder “%1” was never filled in.").arg(matched),
            QCoreApplication::translate("gaozi::Checks", "Replace it with the real name, number or text.")};
}

} // namespace

void checkPlaceholders(const RuleInput &in, FindingSink &out)
{
    const QString rule = QStringLiteral("placeholder");
    const auto &paragraphs = in.paragraphs();
    for (int p = 0; p < paragraphs.size(); ++p) {
        const QString &text = paragraphs[p].text;
        std::vector<bool> claimed; // allocated on the first match only
        for (const PlaceholderPattern &pattern : in.data.placeholders) {
            auto it = pattern.pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const qsizetype from = m.capturedStart();
                const qsizetype length = m.capturedLength();
                if (length == 0)
                    continue;
                if (claimed.empty())
                    claimed.assign(size_t(text.size()), false);
                bool overlaps = false;
                for (qsizetype i = from; i < from + length && !overlaps; ++i)
                    overlaps = claimed[size_t(i)];
                if (overlaps)
                    continue;
                for (qsizetype i = from; i < from + length; ++i)
                    claimed[size_t(i)] = true;
                if (out.dropIfFull(rule))
                    continue;
                const KindText t = textFor(pattern.kind, m.captured());
                out.add(rule, Severity::Error, p, int(from), int(length), t.message, t.suggestion);
            }
        }
    }
}

} // namespace gaozi
