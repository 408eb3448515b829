#include "checks/rules.h"

#include "ingest/headingmarkers.h"

namespace gaozi {
namespace {

int numberValue(const Section &s)
{
    if (s.level == 1 || s.level == 2)
        return chineseNumeralValue(s.number);
    bool ok = false;
    const int v = s.number.toInt(&ok);
    return ok ? v : 0;
}

QString numberText(int level, int value)
{
    return level == 1 || level == 2 ? chineseNumeral(value) : QString::number(value);
}

// Where the number sits inside the reconstructed marker: "（一）" has it after the parenthesis.
int numberOffset(int level)
{
    return level == 2 || level == 4 ? 1 : 0;
}

QString sampleMarker(int level)
{
    switch (level) {
    case 1:
        return QStringLiteral("一、");
    case 2:
        return QStringLiteral("（一）");
    case 3:
        return QStringLiteral("1.");
    default:
        return QStringLiteral("（1）");
    }
}

void checkSequence(const QList<SectionNode> &siblings, const RuleInput &in, FindingSink &out)
{
    const QString rule = QStringLiteral("numbering.sequence");
    for (int level = 1; level <= 4; ++level) {
        int position = 0;
        int previous = 0;
        for (const SectionNode &node : siblings) {
            const Section &s = *node.section;
            if (s.level != level || s.number.isEmpty())
                continue;
            const int expected = ++position;
            const int value = numberValue(s);
            if (value != expected) {
                const QString message =
                    previous == 0
                        ? QCoreApplication::translate("gaozi::Checks",
                                                      "The first heading at this level is numbered %1 instead of %2.")
                              .arg(s.number, numberText(level, expected))
                        : QCoreApplication::translate("gaozi::Checks",
                                                      "Heading number %1 is out of sequence: %2 was expected here.")
                              .arg(s.number, numberText(level, expected));
                const int offset = numberOffset(level);
                out.addWithFix(rule, Severity::Error, node.heading, 0, in.paragraphs()[node.heading].markerLength,
                               message,
                               QCoreApplication::translate("gaozi::Checks", "Renumber it %1.").arg(numberText(level, expected)),
                               Fix{node.heading, offset, int(s.number.size()), numberText(level, expected)});
            }
            previous = value;
        }
    }
}

void checkLevels(const QList<SectionNode> &siblings, int parentLevel, const RuleInput &in, FindingSink &out)
{
    const QString rule = QStringLiteral("numbering.level");
    QList<int> reported;
    for (const SectionNode &node : siblings) {
        const Section &s = *node.section;
        if (s.number.isEmpty() || s.level <= parentLevel + 1 || reported.contains(s.level))
            continue;
        reported.append(s.level);
        // Numbered headings straight under the title must start at 一、; deeper down, 1. right
        // under 一、 is common in practice, so it is only a warning.
        const Severity severity = parentLevel == 0 || s.level == 2 ? Severity::Error : Severity::Warning;
        out.add(rule, severity, node.heading, 0, in.paragraphs()[node.heading].markerLength,
                QCoreApplication::translate("gaozi::Checks", "%1 headings appear here without a %2 heading above them.")
                    .arg(sampleMarker(s.level), sampleMarker(s.level - 1)),
                QCoreApplication::translate("gaozi::Checks", "Add the missing level, or number these headings as %1.")
                    .arg(sampleMarker(parentLevel + 1)));
    }
}

void walk(const QList<SectionNode> &siblings, int parentLevel, const RuleInput &in, FindingSink &out)
{
    checkSequence(siblings, in, out);
    checkLevels(siblings, parentLevel, in, out);
    for (const SectionNode &node : siblings)
        walk(node.children, node.section->level, in, out);
}

void collectParens(const QList<SectionNode> &nodes, QList<const SectionNode *> &ascii, bool *fullWidthSeen)
{
    for (const SectionNode &node : nodes) {
        const Section &s = *node.section;
        if (!s.number.isEmpty() && (s.level == 2 || s.level == 4)) {
            if (s.asciiParens)
                ascii.append(&node);
            else
                *fullWidthSeen = true;
        }
        collectParens(node.children, ascii, fullWidthSeen);
    }
}

void checkParens(const RuleInput &in, FindingSink &out)
{
    QList<const SectionNode *> ascii;
    bool fullWidthSeen = false;
    collectParens(in.checkDoc.roots, ascii, &fullWidthSeen);
    for (const SectionNode *node : ascii) {
        const Section &s = *node->section;
        const int markerLength = in.paragraphs()[node->heading].markerLength;
        const QString fullWidth = u'（' + s.number + u'）';
        const QString message =
            fullWidthSeen
                ? QCoreApplication::translate("gaozi::Checks",
                                              "The marker %1 uses ASCII parentheses while other headings use full-width ones.")
                      .arg(headingMarkerText(s))
                : QCoreApplication::translate("gaozi::Checks",
                                              "The marker %1 uses ASCII parentheses; official documents use full-width ones.")
                      .arg(headingMarkerText(s));
        out.add(QStringLiteral("numbering.parens"), fullWidthSeen ? Severity::Error : Severity::Warning, node->heading,
                0, markerLength, message,
                QCoreApplication::translate("gaozi::Checks", "Write it as %1.").arg(fullWidth), fullWidth);
    }
}

} // namespace

void checkNumbering(const RuleInput &in, FindingSink &out)
{
    walk(in.checkDoc.roots, 0, in, out);
    checkParens(in, out);
}

} // namespace gaozi
