package org.openspacemakers.marketplace.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs of the store's {@code system} package beyond the controller
 * advice the slice finds itself: the real security filter chains and sign-in, the clock they use,
 * the page language, the refusal, binding and status messages, the money formatter (a slice does not
 * pick up {@code Formatter} beans) and the association's identity. Used through
 * {@code support.WebSlice}, which mocks the account services they call.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, AddressFailureLimit.class, Clocks.class, RequestLocale.class, RefusalMessages.class,
        BindingMessages.class, StatusProblems.class, MoneyFormatter.class})
@EnableConfigurationProperties(Association.class)
public class WebSliceConfiguration {
}
