// SPDX-License-Identifier: GPL-3.0-or-later
#include "appreleasedriver.h"

#include "app/announcementcomposer.h"
#include "app/channelcardmodel.h"
#include "app/notesdraftcontroller.h"
#include "app/notesworkbench.h"
#include "app/packagesstepcontroller.h"
#include "app/releasesession.h"
#include "app/reviewpublishcontroller.h"
#include "app/scoringeditor.h"
#include "app/scoringreleaseplan.h"
#include "app/stagingstepcontroller.h"
#include "app/stepstatus.h"
#include "app/tagstepcontroller.h"
#include "sandbox/demoenvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

/// Long enough for a step against the local twins under ASan on a busy machine.
constexpr int Timeout = 30000;

/// Waits for one emission of the spied signal, which may already have come.
bool waitFor(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(Timeout);
}

} // namespace

AppReleaseDriver::AppReleaseDriver(ReleaseSession &session)
    : m_session(session)
{
}

bool AppReleaseDriver::releaseAll()
{
    return signOffStaging() && createAndPushTag() && listInScoringTable() && writeNotes() && attachPackages() &&
           approveAndPublish() && announce();
}

bool AppReleaseDriver::signOffStaging()
{
    StagingStepController staging;
    staging.setSession(&m_session);
    QSignalSpy checked(&staging, &StagingStepController::checksFinished);
    staging.runChecks();
    if (!waitFor(checked)) {
        return fail(u"staging: the checks did not finish (%1)"_s.arg(staging.message()));
    }
    if (!staging.canSignOff()) {
        return fail(u"staging: the report cannot be signed off (%1): %2"_s.arg(staging.verdict(),
                                                                               staging.problems().join(u"; "_s)));
    }
    if (!staging.signOff()) {
        return fail(u"staging: the sign-off was refused: %1"_s.arg(staging.message()));
    }
    return stepDone(ReleaseStep::Staging, [&] { return staging.message(); });
}

bool AppReleaseDriver::createAndPushTag()
{
    TagStepController tag;
    tag.setSession(&m_session);
    if (!QTest::qWaitFor([&tag] { return tag.planned() || !tag.planError().isEmpty(); }, Timeout)) {
        return fail(u"tag: no plan came"_s);
    }
    if (tag.state() != TagStepController::ReadyToCreate) {
        return fail(
            u"tag: not ready to create (state %1): %2 %3"_s.arg(tag.state()).arg(tag.planError(), tag.message()));
    }
    QSignalSpy finished(&tag, &TagStepController::operationFinished);
    tag.createAndPush();
    if (!waitFor(finished) || tag.state() != TagStepController::Pushed) {
        return fail(u"tag: not pushed (state %1): %2 %3"_s.arg(tag.state())
                        .arg(tag.message(), tag.remoteMessages().join(u"; "_s)));
    }
    return stepDone(ReleaseStep::Tag, [&] { return tag.message(); });
}

bool AppReleaseDriver::listInScoringTable()
{
    ScoringEditor editor;
    // As QML builds it: the session is bound before the component completes.
    editor.classBegin();
    editor.setSession(&m_session);
    editor.componentComplete();
    // The demo's playbook keeps its table in a file (kind sql-file), which the editor opens by itself.
    if (editor.source() != ScoringEditor::File) {
        return fail(u"scoring: the demo's table file is not open (%1): %2"_s.arg(editor.sourceText(), editor.error()));
    }
    editor.plan()->setReleaseTime(QString::fromLatin1(ScoringReleaseTime));
    if (!editor.canApply()) {
        return fail(u"scoring: nothing to apply: %1 %2"_s.arg(editor.plan()->note(), editor.error()));
    }
    QSignalSpy applied(&editor, &ScoringEditor::applied);
    editor.apply();
    if (!waitFor(applied)) {
        return fail(u"scoring: not applied: %1"_s.arg(editor.error()));
    }
    return stepDone(ReleaseStep::ScoringTable, [&] { return editor.status(); });
}

bool AppReleaseDriver::writeNotes()
{
    NotesWorkbench workbench;
    workbench.setSession(&m_session);
    QSignalSpy generated(&workbench, &NotesWorkbench::generationFinished);
    workbench.generate();
    if (!waitFor(generated) || workbench.messageIsError() || workbench.text().isEmpty()) {
        return fail(u"notes: not generated: %1"_s.arg(workbench.message()));
    }
    NotesDraftController *draft = workbench.draft();
    QSignalSpy synced(draft, &NotesDraftController::syncFinished);
    draft->saveToDraft();
    if (!waitFor(synced) || draft->messageIsError()) {
        return fail(u"notes: not saved to the draft: %1"_s.arg(draft->message()));
    }
    return stepDone(ReleaseStep::Notes, [&] { return draft->message(); });
}

bool AppReleaseDriver::attachPackages()
{
    PackagesStepController packages;
    packages.setSession(&m_session);
    QSignalSpy finished(&packages, &PackagesStepController::finished);
    packages.start();
    if (!waitFor(finished) || packages.outcome() != PackagesStepController::Succeeded) {
        return fail(u"packages: not attached (outcome %1): %2"_s.arg(packages.outcome()).arg(packages.message()));
    }
    return stepDone(ReleaseStep::Packages, [&] { return packages.message(); });
}

bool AppReleaseDriver::approveAndPublish()
{
    ReviewPublishController review;
    review.setSession(&m_session);
    // Refreshes as the page does when it is shown, and approves what it read as the current demo account.
    const auto read = [&review, this](const QString &who) {
        review.refresh();
        if (!QTest::qWaitFor([&review] { return review.loaded() && !review.busy(); }, Timeout)) {
            return fail(u"review: the draft was not read as %1: %2"_s.arg(who, review.message()));
        }
        return true;
    };
    const auto approve = [&review, &read, this](const QString &who) {
        if (!read(who)) {
            return false;
        }
        QSignalSpy done(&review, &ReviewPublishController::actionFinished);
        review.approve();
        if (!waitFor(done) || !done.constFirst().constFirst().toBool()) {
            return fail(u"review: %1 could not approve: %2"_s.arg(who, review.message()));
        }
        return true;
    };
    const QString maintainer = sandbox::DemoEnvironment::maintainer().login;
    const QString reviewer = sandbox::DemoEnvironment::reviewer().login;
    if (!approve(maintainer)) {
        return false;
    }
    // The second reviewer approves on the same machine, through the demo's account switch.
    if (!m_session.useDemoAccount(reviewer)) {
        return fail(u"review: cannot act as %1: %2"_s.arg(reviewer, m_session.lastError()));
    }
    const bool reviewed = approve(reviewer);
    if (!m_session.useDemoAccount(maintainer)) {
        return fail(u"review: cannot act as %1 again: %2"_s.arg(maintainer, m_session.lastError()));
    }
    if (!reviewed || !read(maintainer)) {
        return false;
    }
    if (!review.canPublish()) {
        return fail(u"review: cannot publish (%1 of %2 approvals): %3"_s.arg(review.approvedCount())
                        .arg(review.required())
                        .arg(review.lockReason()));
    }
    QSignalSpy published(&review, &ReviewPublishController::actionFinished);
    review.publish();
    if (!waitFor(published) || !published.constFirst().constFirst().toBool()) {
        return fail(u"review: not published: %1"_s.arg(review.message()));
    }
    // The page reads the release back after publishing; only then does it record the publication time, which
    // the announcements are dated from.
    if (!QTest::qWaitFor([&review] { return review.published() && !review.busy(); }, Timeout)) {
        return fail(u"review: the published release was not read back: %1"_s.arg(review.message()));
    }
    return stepDone(ReleaseStep::ReviewPublish, [&] { return review.message(); });
}

bool AppReleaseDriver::announce()
{
    AnnouncementComposer composer;
    composer.setSession(&m_session);
    composer.setVersion(m_session.currentRelease());
    if (!composer.channelsError().isEmpty()) {
        return fail(u"announce: the channels are not usable: %1"_s.arg(composer.channelsError()));
    }
    composer.sendAll();
    return stepDone(ReleaseStep::Announce, [&composer] {
        const ChannelCardModel *cards = composer.cards();
        QStringList messages;
        for (int row = 0; row < cards->rowCount(); ++row) {
            const QModelIndex card = cards->index(row);
            messages.append(card.data(ChannelCardModel::ChannelIdRole).toString() + u": "_s +
                            card.data(ChannelCardModel::MessageRole).toString());
        }
        return messages.join(u"; "_s);
    });
}

QString AppReleaseDriver::error() const
{
    return m_error;
}

bool AppReleaseDriver::stepDone(ReleaseStep step, const std::function<QString()> &context)
{
    const StepStatus *status = m_session.steps()->status(step);
    if (!QTest::qWaitFor([status] { return status->state() == StepState::Done; }, Timeout)) {
        return fail(u"%1 is %2, not done: %3"_s.arg(stepKey(step), status->stateText(), context()));
    }
    return true;
}

bool AppReleaseDriver::fail(const QString &message)
{
    m_error = message;
    return false;
}

} // namespace ra::test
