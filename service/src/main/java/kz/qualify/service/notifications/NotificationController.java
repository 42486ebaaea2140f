package kz.qualify.service.notifications;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The caller's inbox, newest first (only unread ones when asked). */
    @Operation(
            operationId = "inbox",
            summary = "One's notices: filed, returned, decided, new filing, deadline near, overdue")
    @GetMapping("/api/notifications")
    Page<Notification> inbox(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication who) {
        return notifications.inbox(Actor.of(who).username(), unread, new Page.Request(page, size));
    }

    @Operation(operationId = "countUnreadNotifications", summary = "How many notices are unread")
    @GetMapping("/api/notifications/unread")
    Map<String, Long> unread(Authentication who) {
        return Map.of("unread", notifications.unread(Actor.of(who).username()));
    }

    /** Which notices were read: the ids given, or all when none is. */
    record Read(@Nullable @Size(max = 200) List<Long> ids) {}

    @Operation(operationId = "markNotificationsRead", summary = "Mark notices as read")
    @PostMapping("/api/notifications/read")
    Map<String, Integer> read(@Valid @RequestBody(required = false) @Nullable Read form, Authentication who) {
        var ids = form == null || form.ids() == null ? List.<Long>of() : form.ids();
        return Map.of("marked", notifications.markRead(Actor.of(who).username(), ids));
    }
}
