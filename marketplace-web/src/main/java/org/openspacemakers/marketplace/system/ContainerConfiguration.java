package org.openspacemakers.marketplace.system;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Host;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What happens in the servlet container before and around the store's code: request bodies are
 * bounded before anything reads them, error answers are written whole, and the container's own
 * error answers are the store's.
 */
@Configuration(proxyBeanMethods = false)
class ContainerConfiguration {

    /** After the character encoding is set; before form parsing, Spring Security and Spring MVC. */
    private static final int EARLY = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimits limits, StatusProblems problems, RequestLocale locales) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits, problems, locales));
        registration.setOrder(EARLY);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WholeErrorAnswers> wholeErrorAnswers() {
        FilterRegistrationBean<WholeErrorAnswers> registration = new FilterRegistrationBean<>(new WholeErrorAnswers());
        registration.setOrder(EARLY);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        return registration;
    }

    @Bean
    StoreErrorReport storeErrorReport(StatusProblems problems, MessageSource messages) {
        return new StoreErrorReport(problems, messages);
    }

    /**
     * Puts {@link StoreErrorReportValve} on the host. Ordered after Boot's own customizer, whose error
     * report valve (without server details, but Tomcat's HTML) it replaces.
     */
    static final class StoreErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final StatusProblems problems;
        private final MessageSource messages;

        StoreErrorReport(StatusProblems problems, MessageSource messages) {
            this.problems = problems;
            this.messages = messages;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context ->
                    new StoreErrorReportValve(problems, messages).replaceReportOf((Host) context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
