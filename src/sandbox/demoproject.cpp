// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demoproject.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

namespace {

/// Someone who commits to the sample project, with the GitHub no-reply address that names their login.
struct Author {
    QString name;
    QString login;
    int id;

    [[nodiscard]] QString email() const
    {
        return u"%1+%2@users.noreply.github.com"_s.arg(id).arg(login);
    }
};

const Author maintainer{u"Demo Maintainer"_s, u"demo-maintainer"_s, 1001};
const Author ada{u"Ada Contributor"_s, u"ada-contributor"_s, 1002};
const Author bruno{u"Bruno Translator"_s, u"bruno-translator"_s, 1003};
const Author chloe{u"Chloé Packager"_s, u"chloe-packager"_s, 1004};

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(14, 30), QTimeZone::UTC);
}

DemoCommit commit(const Author &author, const QDateTime &time, const QString &message,
                  const QMap<QString, QByteArray> &files, const QString &tag = {})
{
    return {message, author.name, author.email(), time, files, tag};
}

QByteArray workflow(const QString &name, const QString &job)
{
    return u"name: %1\non:\n  push:\n    branches: [main]\n    tags: ['v*']\njobs:\n  %2:\n    runs-on: ubuntu-24.04\n"
           "    steps:\n      - uses: actions/checkout@v4\n      - run: make %2\n"_s.arg(name, job)
               .toUtf8();
}

QByteArray program(const QStringList &features)
{
    QByteArray text = "\"\"\"sample-project: greets whoever runs it.\"\"\"\n\nimport os\nimport sys\n\n\n"
                      "def main(argv=sys.argv[1:]):\n"
                      "    name = os.environ.get(\"USER\", \"world\")\n";
    for (const QString &feature : features) {
        text += "    # " + feature.toUtf8() + '\n';
    }
    text += "    print(f\"Hello, {name}!\")\n    return 0\n";
    return text;
}

} // namespace

QStringList DemoProject::publishedTags()
{
    return {u"v1.0.0"_s, u"v1.1.0"_s};
}

QStringList DemoProject::assetNames()
{
    return {u"sample-project.debian-12.deb"_s, u"sample-project.ubuntu-24.04.deb"_s};
}

QString DemoProject::distributionOf(const QString &assetName)
{
    return assetName.section(u'.', 1, -2);
}

QStringList DemoProject::workflows()
{
    return {u"build.yml"_s, u"tests.yml"_s};
}

QList<DemoCommit> DemoProject::history(const QByteArray &playbook)
{
    const QByteArray readme = "# sample-project\n\nThe sample project of the Release Assistant demo: a program that "
                              "greets whoever runs it, packaged for Debian and Ubuntu.\n";
    return {
        commit(maintainer, at(5, 4), u"Initial import of sample-project"_s,
               {{u"README.md"_s, readme},
                {u"sample_project/__main__.py"_s, program({})},
                {u".release-assistant.playbook"_s, playbook},
                {u".github/workflows/build.yml"_s, workflow(u"Build packages"_s, u"packages"_s)},
                {u".github/workflows/tests.yml"_s, workflow(u"Tests"_s, u"check"_s)}}),
        commit(maintainer, at(5, 11), u"feat: greet the user by name (#2)"_s,
               {{u"sample_project/__main__.py"_s, program({u"greets by name"_s})}}, u"v1.0.0"_s),
        commit(ada, at(7, 6), u"fix: fall back to \"world\" when USER is empty (#5)"_s,
               {{u"sample_project/__main__.py"_s, program({u"greets by name"_s, u"falls back to world"_s})}}),
        commit(
            maintainer, at(8, 10), u"feat(cli): --quiet prints nothing (#7)"_s,
            {{u"sample_project/__main__.py"_s, program({u"greets by name"_s, u"falls back to world"_s, u"--quiet"_s})}},
            u"v1.1.0"_s),
        commit(bruno, at(10, 5), u"feat: greetings in French and German (#9)"_s,
               {{u"sample_project/i18n.py"_s,
                 "GREETINGS = {\"en\": \"Hello\", \"fr\": \"Bonjour\", \"de\": \"Hallo\"}\n"}}),
        commit(ada, at(10, 19), u"fix(cli): exit with status 2 on an unknown option (#11)"_s,
               {{u"sample_project/__main__.py"_s,
                 program({u"greets by name"_s, u"falls back to world"_s, u"--quiet"_s, u"exit status 2"_s})}}),
        commit(chloe, at(11, 2), u"docs: how to install the Debian package (#12)"_s,
               {{u"README.md"_s, readme + "\n## Install\n\n    sudo apt install ./sample-project.debian-12.deb\n"}}),
        commit(chloe, at(11, 16), u"ci: build the Ubuntu 24.04 package too (#14)"_s,
               {{u".github/workflows/build.yml"_s, workflow(u"Build packages"_s, u"packages-ubuntu"_s)}}),
        commit(ada, at(11, 23), u"feat: read the greeting from ~/.config/sample-project (#15)"_s,
               {{u"sample_project/config.py"_s, "CONFIG = \"~/.config/sample-project/greeting\"\n"}}),
    };
}

QByteArray DemoProject::playbook(const QList<QUrl> &stagingNodes)
{
    QString text =
        u"# The release playbook of the Release Assistant demo's sample project (format: docs/playbook.md).\n"
        "# Every service it names is a local stand-in on 127.0.0.1: nothing leaves this machine.\n\n"
        "[project]\nname = sample-project\nrepository = demo/sample-project\nversion-scheme = pep440\n\n"
        "[tags]\nprefix = v\nprerelease-separator = -\nprerelease-kinds = rc\nrelease-segments = 3\n\n"
        "[pipeline]\n# CI builds the packages; the assistant creates the release and attaches them.\n"
        "kind = attach-artifacts\nbuild-workflow = build.yml\nworkflow = build.yml\nworkflow = tests.yml\n\n"
        "[assets]\n"_s;
    for (const QString &asset : assetNames()) {
        text += u"expected = %1\n"_s.arg(asset);
    }
    for (qsizetype i = 0; i < stagingNodes.size(); ++i) {
        text += u"\n[staging node-%1]\nurl = %2\n"
                "check = /status/config 200 reports the deployed version (git describe form)\n"
                "check = /status/check/fastapi 200 the diagnostic VM boots and answers\n"
                "check = /status/check/host 200 egress, DNS and domain on IPv4 and IPv6\n"_s.arg(i + 1)
                    .arg(stagingNodes.at(i).toString());
    }
    text += u"\n[scoring]\n# A table file next to the clone stands in for the scoring database.\n"
            "kind = sql-file\nsoftware = sample-project\ntable = software_versions\ngrace-days = 14\n\n"
            "[notes]\nsection = Summary\nsection = What's Changed\nsection = New Contributors\n"
            "section = Full Changelog\n\n"
            "[channel telegram]\nkind = telegram\ntarget = https://t.me/sample_project\nmax-length = 4096\n\n"
            "[channel x]\nkind = x\ntarget = @sample_project\nmax-length = 280\n\n"
            "[channel mastodon]\nkind = mastodon\ntarget = https://mastodon.example/@sample_project\n"
            "max-length = 500\n\n"
            "[channel bluesky]\nkind = bluesky\ntarget = sample-project.bsky.social\nmax-length = 300\n\n"
            "[channel discord]\nkind = discord\ntarget = https://discord.com/channels/7/9001\nmax-length = 2000\n\n"
            "[approvals]\n# Two people approve each release: the maintainer and a second reviewer.\nrequired = 2\n"
            "approver = demo-maintainer\napprover = demo-reviewer\n"_s;
    return text.toUtf8();
}

QString DemoProject::generatedNotes(const QString &tag, const QString &previousTag)
{
    const QString repository = u"%1/%2"_s.arg(QLatin1StringView(Owner), QLatin1StringView(Name));
    static const QRegularExpression pullRequest(u"\\(#(\\d+)\\)$"_s);
    QStringList changes;
    QStringList newContributors;
    QStringList seen;
    bool inRange = previousTag.isEmpty();
    for (const DemoCommit &commit : history({})) {
        const QString login = commit.email.section(u'+', 1).section(u'@', 0, 0);
        const QRegularExpressionMatch match = pullRequest.match(commit.message);
        if (inRange && match.hasMatch()) {
            const QString url = u"https://github.com/%1/pull/%2"_s.arg(repository, match.captured(1));
            changes.append(
                u"* %1 by @%2 in %3"_s.arg(commit.message.left(match.capturedStart()).trimmed(), login, url));
            if (!seen.contains(login)) {
                newContributors.append(u"* @%1 made their first contribution in %2"_s.arg(login, url));
            }
        }
        seen.append(login);
        inRange = inRange || commit.tag == previousTag;
    }
    QString body = u"## What's Changed\n"_s + changes.join(u'\n') + u'\n';
    if (!newContributors.isEmpty()) {
        body += u"\n## New Contributors\n"_s + newContributors.join(u'\n') + u'\n';
    }
    return body + u"\n**Full Changelog**: https://github.com/%1/compare/%2...%3"_s.arg(repository, previousTag, tag);
}

} // namespace ra::sandbox
