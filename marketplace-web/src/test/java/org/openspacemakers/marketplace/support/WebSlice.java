package org.openspacemakers.marketplace.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.People;
import org.openspacemakers.marketplace.account.SecurityEvents;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.system.WebSliceConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} slice of the store: the controllers named, the store's controller advice,
 * formatters and templates, and its real Spring Security ({@link WebSliceConfiguration}); no
 * database. The account services sign-in calls are mocks; a test declares the services its
 * controller calls as {@code @MockitoBean}s (services, never repositories) and imports the web
 * helpers the controller uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import(WebSliceConfiguration.class)
@MockitoBean(types = {Accounts.class, AccessTokens.class, SecurityEvents.class, People.class})
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
