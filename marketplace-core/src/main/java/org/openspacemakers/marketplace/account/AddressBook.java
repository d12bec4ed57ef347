package org.openspacemakers.marketplace.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's address book: a few shipping addresses ({@value #MAX_ADDRESSES} at most) that fill
 * checkout's fields. Another person's address does not exist for them (not found).
 */
@Service
public class AddressBook {

    /** The most addresses one person keeps. */
    public static final int MAX_ADDRESSES = 10;

    private final AddressRepository addresses;
    private final EntityManager entityManager;
    private final Clock clock;

    AddressBook(AddressRepository addresses, EntityManager entityManager, Clock clock) {
        this.addresses = addresses;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The person's addresses, oldest first. */
    @Transactional(readOnly = true)
    public List<Address> of(UUID owner) {
        return addresses.findByUserIdOrderByCreatedAtAscIdAsc(owner);
    }

    /** One of the person's addresses; empty for another person's or none. */
    @Transactional(readOnly = true)
    public Optional<Address> find(UUID owner, UUID addressId) {
        return addresses.findById(addressId).filter(a -> a.userId().equals(owner));
    }

    /**
     * Adds an address; refused naming {@code address} once the book holds {@value #MAX_ADDRESSES}.
     * The owner's row is locked first, so that two additions at once cannot both pass the limit.
     */
    @Transactional
    public Address add(UUID owner, AddressFields fields) {
        if (entityManager.find(User.class, owner, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new NotFound();
        }
        if (addresses.countByUserId(owner) >= MAX_ADDRESSES) {
            throw new InvalidInput("address", "invalid.address.bookFull", MAX_ADDRESSES);
        }
        return addresses.save(new Address(owner, fields, clock.instant()));
    }

    /** Changes one of the person's addresses; another person's is not found. */
    @Transactional
    public Address change(UUID owner, UUID addressId, AddressFields fields) {
        Address address = find(owner, addressId).orElseThrow(NotFound::new);
        address.change(fields);
        return address;
    }

    /** Deletes one of the person's addresses; another person's is not found. */
    @Transactional
    public void remove(UUID owner, UUID addressId) {
        addresses.delete(find(owner, addressId).orElseThrow(NotFound::new));
    }

    /** Deletes the whole book (the account is being erased, in the caller's transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    int removeAllOf(UUID owner) {
        return addresses.deleteAllOf(owner);
    }
}
