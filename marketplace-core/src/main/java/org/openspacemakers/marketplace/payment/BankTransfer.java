package org.openspacemakers.marketplace.payment;

import java.util.Optional;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.springframework.stereotype.Component;

/**
 * Payment by bank transfer, the default and always on: the buyer transfers the total to the
 * association's account quoting the order's short reference; an administrator confirms the
 * transfer when it shows on the statement ({@code Orders.confirmBankTransfer}).
 */
@Component
class BankTransfer implements PaymentGateway {

    private final BankAccount account;

    BankTransfer(BankAccount account) {
        this.account = account;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.BANK_TRANSFER;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Optional<PaymentInstructions> instructions(Order order) {
        if (order.paymentMethod() != PaymentMethod.BANK_TRANSFER || order.payment().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new PaymentInstructions(order.amountDue(), order.paymentReference(), account, null));
    }
}
