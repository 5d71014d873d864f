package dev.tenso.slack;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.auth.AuthAdmin;
import dev.tenso.core.auth.EnrolmentService;
import dev.tenso.core.auth.FirstFactor;
import dev.tenso.core.auth.RegistrationService;
import dev.tenso.core.auth.Sessions;
import dev.tenso.core.auth.SignIn;
import dev.tenso.core.common.Deliveries;
import dev.tenso.core.directory.ChannelLinks;
import dev.tenso.core.directory.DirectoryUseCases;
import dev.tenso.core.directory.NumberSearchUseCase;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStatus;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.dialog.MessageCatalog;
import java.util.concurrent.Executor;

/**
 * What the Slack channel asks of the rest of tenso: the core's use cases and the ports it needs
 * beside them, the chat catalog and the executor for the work after the acknowledgement.
 */
public record SlackServices(
    ForwardingStatus status,
    ForwardingUseCases forwarding,
    NumberSearchUseCase numbers,
    DirectoryUseCases directory,
    AuditLog audit,
    Users users,
    UserGroups groups,
    FirstFactor firstFactor,
    ChannelLinks links,
    SignIn signIn,
    Sessions sessions,
    RegistrationService registration,
    EnrolmentService enrolment,
    AuthAdmin authAdmin,
    Deliveries deliveries,
    MessageCatalog chat,
    Executor executor) {}
