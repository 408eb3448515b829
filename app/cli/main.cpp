#include "cli.h"

#include <QCoreApplication>

using namespace gaozi::cli;

namespace {

int usage(int code)
{
    QString text = QStringLiteral("Usage: gaozi-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const auto &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.summary);
    text += QStringLiteral("\nRun 'gaozi-cli COMMAND --help' for a command's options.\n");
    if (code == 0)
        out(text);
    else
        fail(QStringLiteral("missing or unknown command; see 'gaozi-cli --help'"), code);
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gaozi"));
    QCoreApplication::setApplicationName(QStringLiteral("gaozi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAOZI_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage(2);
    const QString name = args.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help")
        return usage(0);
    if (name == u"--version") {
        out(QStringLiteral("gaozi-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    for (const auto &c : commands()) {
        if (c.name == name)
            return c.run(args);
    }
    return usage(2);
}
