#include "libraryfixture.h"

#include "library/librarystats.h"
#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString doctorFindings(Database &db)
{
    auto report = checkLibrary(db);
    if (!report)
        return QStringLiteral("the doctor could not run: ") + report.error();
    return report->problems.join(u'\n');
}

} // namespace gaozi::test
