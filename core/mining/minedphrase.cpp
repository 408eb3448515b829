#include "mining/minedphrase.h"

#include <array>

namespace gaozi {
namespace {

struct KindName
{
    PhraseKind kind;
    const char16_t *name;
};

// The names are stored in the library file; never rename one.
constexpr std::array<KindName, 6> kKindNames{{
    {PhraseKind::Outline, u"outline"},
    {PhraseKind::Heading, u"heading"},
    {PhraseKind::Point, u"point"},
    {PhraseKind::Sentence, u"sentence"},
    {PhraseKind::Parallel, u"parallel"},
    {PhraseKind::Term, u"term"},
}};

} // namespace

QString kindName(PhraseKind kind)
{
    for (const auto &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

std::optional<PhraseKind> kindFromName(QStringView name)
{
    for (const auto &k : kKindNames) {
        if (name.compare(QStringView(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QList<PhraseKind> allKinds()
{
    QList<PhraseKind> kinds;
    for (const auto &k : kKindNames)
        kinds.append(k.kind);
    return kinds;
}

} // namespace gaozi
