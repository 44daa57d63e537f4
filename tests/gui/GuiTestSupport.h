// Shared set-up of the GUI tests: a throw-away engine, the real asynchronous client and the
// real main window on the offscreen platform, plus helpers to find and drive widgets by
// object name and to save screenshots under <build>/screenshots.
#pragma once

#include "LocalAccessClient.h"
#include "LocalCertificateManagerClient.h"
#include "LocalPrivateCaClient.h"
#include "MainWindow.h"
#include "ModalHooks.h"
#include "TestEngine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <memory>

#define PCA_WAIT_FOR(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 20000)

namespace pca::test {

// The offscreen platform warns "This plugin does not support propagateSizeHints()" each time a
// window's size constraints change: noise about the test platform, not about the app. Called
// from initTestCase (once QtTest has installed its message handler), this drops that message
// and passes every other one on to QtTest.
inline QtMessageHandler previousMessageHandler = nullptr;
inline void dropOffscreenSizeHintWarnings()
{
    previousMessageHandler = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg &&
                message == QLatin1StringView("This plugin does not support propagateSizeHints()"))
                return;
            if (previousMessageHandler)
                previousMessageHandler(type, context, message);
        });
}

struct GuiFixture
{
    TestEngine engine;
    // Certificate Manager over the engine's store and service, as LocalEngine builds it.
    CertificateManager certificateManager{engine.store(), engine.service()};
    models::LocalPrivateCaClient client{engine.service()};
    models::LocalCertificateManagerClient acmClient{certificateManager};
    // The callers and the event history, as LocalEngine builds them.
    EventHistory events{engine.store(), engine.clock()};
    IdentityService identity{engine.store(), engine.clock()};
    models::LocalAccessClient accessClient{identity, events};
    std::unique_ptr<views::MainWindow> window;

    GuiFixture()
    {
        views::ModalHooks::setTestMode(true);
        views::ModalHooks::clear();
        client.setLocation(engine.directory());
        window = std::make_unique<views::MainWindow>(&client, &acmClient, &accessClient);
        window->resize(1280, 820);
        window->show();
    }
    ~GuiFixture()
    {
        window.reset();
        accessClient.waitForIdle();
        acmClient.waitForIdle();
        client.waitForIdle();
        certificateManager.waitForBackgroundWork();
    }
};

// The widget named `name` under `root` (nullptr when absent).
template <typename T = QWidget>
T *find(QObject *root, const QString &name)
{
    return root->findChild<T *>(name);
}

// The first visible top-level or child widget of type T (dialogs opened with open()).
template <typename T>
T *visibleWidget(QWidget *parent = nullptr)
{
    const QList<T *> candidates = parent ? parent->findChildren<T *>() : QList<T *>();
    for (T *candidate : candidates) {
        if (candidate->isVisible())
            return candidate;
    }
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(top); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

// Clicks a button where a user would: on its indicator or text, near the left edge (radio
// buttons and check boxes stretched by a layout only react there).
inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {},
                      QPoint(qMin(10, button->width() / 2), button->height() / 2));
}

inline QString screenshotDirectory()
{
    const QString dir = QStringLiteral(PRIVATECA_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

// Saves what `widget` shows as <build>/screenshots/<name>.png.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    return widget->grab().save(QDir(screenshotDirectory()).filePath(name + QStringLiteral(".png")));
}

} // namespace pca::test
