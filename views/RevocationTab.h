// The Revocation tab: the CRL and OCSP configuration with inline validation (the engine's own
// rules, checked as the user types), the CRL's number and dates, and saving the current CRL.
#pragma once

#include "CaTab.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace pca::views {

class FieldMessage;
class RevocationConfigurationEditor;

class RevocationTab : public CaTab
{
    Q_OBJECT

public:
    explicit RevocationTab(models::PrivateCaClient *client, QWidget *parent = nullptr);

    api::RevocationConfiguration configuration() const;
    bool hasUnsavedChanges() const { return m_dirty; }

protected:
    void load() override;
    void updateDescription() override;

private:
    void fillForm(const api::RevocationConfiguration &configuration);
    void formChanged();
    void validate();
    void save();
    void saveCrl();
    void publishCrl();
    void loadStatus();
    void updateEnabled();

    RevocationConfigurationEditor *m_editor;
    FieldMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_discard;
    QLabel *m_crlNumber;
    QLabel *m_lastGenerated;
    QLabel *m_nextUpdate;
    QLabel *m_distributionPoint;
    QLabel *m_partitions;
    QFormLayout *m_statusForm = nullptr;
    QPushButton *m_saveCrl;
    QPushButton *m_publish;
    QTimer *m_validateDelay;
    bool m_dirty = false;
    bool m_valid = true;
    int m_validation = 0;
};

} // namespace pca::views
