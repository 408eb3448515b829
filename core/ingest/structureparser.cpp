#include "ingest/structureparser.h"

#include "ingest/documentmeta.h"
#include "ingest/headingmarkers.h"
#include "ingest/noiserules.h"

#include <QRegularExpression>

#include <memory>
#include <vector>

namespace gaozi {
namespace {

constexpr int kMaxTitleLength = 80;

struct Node
{
    Section section;
    bool label = false;
    std::vector<std::unique_ptr<Node>> children;
};

bool isBoundaryBefore(QChar c)
{
    static const QString boundaries = QStringLiteral("。；;：:，,！？!? 、”）)");
    return boundaries.contains(c);
}

// 存在问题：… / 第四季度工作计划：… — a short unnumbered label that ends in a colon.
bool matchLabel(const QString &text, QString *label, QString *rest)
{
    static const QRegularExpression re(QStringLiteral(
        "^([^，。；：:,;！？“”\\s]{2,14}?(?:问题|计划|打算|措施|思路|目标|建议|做法|成效|情况|不足|体会|经验|安排|方向|举措|原因))[：:](.*)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *label = m.captured(1);
    *rest = m.captured(2).trimmed();
    return true;
}

bool isTitleCandidate(const CleanParagraph &p)
{
    if (p.titleStyle)
        return true;
    if (headingMarkerAt(p.text).level > 0 || p.headingLevel > 0)
        return false;
    if (NoiseRules::bundled().looksLikeTitle(p.text))
        return true;
    return p.text.size() <= kMaxTitleLength && !p.text.endsWith(u'。') && !p.text.contains(u'，');
}

Section toSection(Node &node)
{
    Section s = std::move(node.section);
    for (auto &child : node.children)
        s.children.append(toSection(*child));
    return s;
}

void fillPoints(Section &s)
{
    s.points = extractPoints(s.paragraphs);
    for (auto &child : s.children)
        fillPoints(child);
}

} // namespace

QString stripTrailingPunctuation(const QString &text)
{
    static const QString trailing = QStringLiteral("。，、；：:;,.！？!? ");
    qsizetype end = text.size();
    while (end > 0 && trailing.contains(text[end - 1]))
        --end;
    return text.left(end).trimmed();
}

void splitInlineHeading(const QString &line, QString *heading, QString *rest)
{
    static const QString enders = QStringLiteral("。！？：:!?");
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (enders.contains(line[i])) {
            const QString after = line.mid(i + 1).trimmed();
            if (!after.isEmpty()) {
                *heading = stripTrailingPunctuation(line.left(i));
                *rest = after;
                return;
            }
            break;
        }
    }
    *heading = stripTrailingPunctuation(line);
    rest->clear();
}

QList<Point> extractPoints(const QStringList &paragraphs)
{
    QList<Point> points;
    int expected = 1;
    for (const QString &para : paragraphs) {
        // Markers accepted in this paragraph: (position, ordinal, marker length).
        struct Hit
        {
            qsizetype pos;
            int ordinal;
            qsizetype length;
        };
        std::vector<Hit> hits;
        for (qsizetype i = 0; i + 1 < para.size(); ++i) {
            if (i > 0 && !isBoundaryBefore(para[i - 1]))
                continue;
            qsizetype len = 0;
            const int ordinal = pointMarkerOrdinal(para, i, &len);
            if (ordinal == 0)
                continue;
            if (ordinal == 1 || ordinal == expected) {
                hits.push_back({i, ordinal, len});
                expected = ordinal + 1;
                i += len - 1;
            }
        }
        for (size_t h = 0; h < hits.size(); ++h) {
            const qsizetype from = hits[h].pos + hits[h].length;
            const qsizetype to = h + 1 < hits.size() ? hits[h + 1].pos : para.size();
            Point p;
            p.ordinal = hits[h].ordinal;
            p.text = para.mid(from, to - from).trimmed();
            static const QRegularExpression leadEnd(QStringLiteral("[。；;！？!?]"));
            const qsizetype cut = p.text.indexOf(leadEnd);
            p.lead = stripTrailingPunctuation(cut < 0 ? p.text : p.text.left(cut));
            if (!p.lead.isEmpty())
                points.append(std::move(p));
        }
    }
    return points;
}

ParsedDocument parseStructure(const CleanedDocument &doc)
{
    ParsedDocument out;
    out.sourceName = doc.sourceName;
    out.format = doc.format;
    out.encoding = doc.encoding;
    out.dropped = doc.dropped;
    out.strippedMarkers = doc.strippedMarkers;

    int start = 0;
    if (!doc.paragraphs.isEmpty() && isTitleCandidate(doc.paragraphs.first())) {
        out.title = doc.paragraphs.first().text;
        start = 1;
    }

    std::vector<std::unique_ptr<Node>> roots;
    std::vector<Node *> stack;
    auto attach = [&](std::unique_ptr<Node> node) {
        Node *raw = node.get();
        if (stack.empty())
            roots.push_back(std::move(node));
        else
            stack.back()->children.push_back(std::move(node));
        stack.push_back(raw);
    };

    for (int i = start; i < doc.paragraphs.size(); ++i) {
        const CleanParagraph &p = doc.paragraphs[i];
        const HeadingMarker marker = headingMarkerAt(p.text);
        const int level = marker.level > 0 ? marker.level : std::min(p.headingLevel, 4);
        QString label;
        QString rest;
        if (level > 0) {
            auto node = std::make_unique<Node>();
            node->section.level = level;
            node->section.number = marker.number;
            node->section.asciiParens = marker.asciiParens;
            node->section.sourceLine = p.sourceLine;
            splitInlineHeading(p.text.mid(marker.length).trimmed(), &node->section.heading, &rest);
            if (!rest.isEmpty())
                node->section.paragraphs.append(rest);
            while (!stack.empty() && (stack.back()->label || stack.back()->section.level >= level))
                stack.pop_back();
            attach(std::move(node));
        } else if (matchLabel(p.text, &label, &rest)) {
            while (!stack.empty() && stack.back()->label)
                stack.pop_back();
            auto node = std::make_unique<Node>();
            node->label = true;
            node->section.level = stack.empty() ? 1 : std::min(stack.back()->section.level + 1, 4);
            node->section.heading = label;
            node->section.sourceLine = p.sourceLine;
            if (!rest.isEmpty())
                node->section.paragraphs.append(rest);
            attach(std::move(node));
        } else if (stack.empty()) {
            out.opening.append(p.text);
        } else {
            stack.back()->section.paragraphs.append(p.text);
        }
    }

    for (auto &root : roots)
        out.sections.append(toSection(*root));
    for (auto &s : out.sections)
        fillPoints(s);

    out.year = detectYear(out.title, out.opening);
    out.genre = detectGenre(out.title);
    out.unitType = detectUnitType(out.title, out.opening);
    return out;
}

} // namespace gaozi
