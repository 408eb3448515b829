#include "libraryfixture.h"

#include "seeds.h"

namespace gaozi::test {

bool LibraryFixture::open(bool withSeeds)
{
    if (!dir.isValid())
        return false;
    auto opened = Database::open(path());
    if (!opened)
        return false;
    db = std::move(opened).value();
    if (withSeeds) {
        seedReport = Importer(*db).run(seedPaths());
        return seedReport.error.isEmpty() && seedReport.count(ImportItem::Status::Imported) == seedPaths().size();
    }
    return true;
}

} // namespace gaozi::test
