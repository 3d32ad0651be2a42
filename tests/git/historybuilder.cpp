// SPDX-License-Identifier: GPL-3.0-or-later
#include "historybuilder.h"

#include "gitdaemon.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

void appendData(QByteArray &stream, const QString &text)
{
    const QByteArray data = text.toUtf8();
    stream += "data " + QByteArray::number(data.size()) + '\n' + data + '\n';
}

} // namespace

HistoryBuilder::HistoryBuilder(QString repositoryPath, qint64 firstTimestamp)
    : m_path(std::move(repositoryPath))
    , m_timestamp(firstTimestamp)
{
}

int HistoryBuilder::commit(const QString &message, const QList<int> &parents, const QString &branch)
{
    const int mark = m_nextMark++;
    m_timestamp += 60;
    const QByteArray when = QByteArray::number(m_timestamp) + " +0000\n";
    if (parents.isEmpty()) {
        // fast-import would otherwise continue the branch it last wrote to.
        m_stream += "reset refs/heads/" + branch.toUtf8() + "\n\n";
    }
    m_stream += "commit refs/heads/" + branch.toUtf8() + "\nmark :" + QByteArray::number(mark) + '\n';
    m_stream += "author Release Tester <tester@example.org> " + when;
    m_stream += "committer Release Tester <tester@example.org> " + when;
    appendData(m_stream, message);
    for (qsizetype i = 0; i < parents.size(); ++i) {
        m_stream += (i == 0 ? "from :" : "merge :") + QByteArray::number(parents.at(i)) + '\n';
    }
    m_stream += '\n';
    return mark;
}

void HistoryBuilder::lightweightTag(const QString &name, int mark)
{
    m_stream += "reset refs/tags/" + name.toUtf8() + "\nfrom :" + QByteArray::number(mark) + "\n\n";
}

void HistoryBuilder::annotatedTag(const QString &name, int mark, const QString &message)
{
    m_timestamp += 60;
    m_stream += "tag " + name.toUtf8() + "\nfrom :" + QByteArray::number(mark) + '\n';
    m_stream += "tagger Release Tester <tester@example.org> " + QByteArray::number(m_timestamp) + " +0000\n";
    appendData(m_stream, message);
}

bool HistoryBuilder::run(QString *error)
{
    if (!QDir(m_path + u"/.git"_s).exists() && !QFile::exists(m_path + u"/HEAD"_s)) {
        QDir().mkpath(m_path);
        if (runGit({u"init"_s, u"--quiet"_s, u"--initial-branch=main"_s, m_path}, m_path) != 0) {
            *error = u"git init failed in %1"_s.arg(m_path);
            return false;
        }
    }
    const QString marksFile = m_path + u"/.fast-import-marks"_s;
    QProcess process;
    process.setWorkingDirectory(m_path);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    environment.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    process.setProcessEnvironment(environment);
    process.start(u"git"_s, {u"fast-import"_s, u"--quiet"_s, u"--force"_s, u"--export-marks="_s + marksFile});
    if (!process.waitForStarted()) {
        *error = u"cannot start git fast-import"_s;
        return false;
    }
    process.write(m_stream);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = u"git fast-import failed: %1"_s.arg(QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    m_stream.clear();
    QFile marks(marksFile);
    if (!marks.open(QIODevice::ReadOnly)) {
        *error = u"git fast-import wrote no marks"_s;
        return false;
    }
    while (!marks.atEnd()) {
        const QByteArray line = marks.readLine().trimmed();
        const qsizetype space = line.indexOf(' ');
        if (line.startsWith(':') && space > 0) {
            m_shas.insert(line.mid(1, space - 1).toInt(), QString::fromLatin1(line.mid(space + 1)));
        }
    }
    marks.close();
    QFile::remove(marksFile);
    return true;
}

QString HistoryBuilder::sha(int mark) const
{
    return m_shas.value(mark);
}

QString HistoryBuilder::path() const
{
    return m_path;
}

} // namespace ra::test
