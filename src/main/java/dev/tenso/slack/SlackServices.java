package dev.tenso.slack;

import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Deliveries;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStatus;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.history.HistoryUseCases;
import dev.tenso.core.inventory.NumberSearchUseCase;
import dev.tenso.messages.MessageCatalog;
import java.util.concurrent.Executor;

/**
 * What the Slack channel asks of the rest of tenso: the core's doors (forwarding and its one-read
 * status, number search, user administration, history, sign-in), the ports it reads beside them,
 * the chat catalog and the executor for the work after the acknowledgement.
 */
public record SlackServices(
    ForwardingStatus status,
    ForwardingUseCases forwarding,
    NumberSearchUseCase numbers,
    UserAdminUseCases admin,
    HistoryUseCases history,
    SignInUseCases signIn,
    Users users,
    UserGroups groups,
    Deliveries deliveries,
    MessageCatalog chat,
    Executor executor) {}
