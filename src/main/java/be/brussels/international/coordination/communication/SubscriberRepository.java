package be.brussels.international.coordination.communication;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SubscriberRepository extends Repository<Subscriber, Long> {

    Optional<Subscriber> findByEmail(String email);

    Optional<Subscriber> findByConfirmationHash(String confirmationHash);

    Optional<Subscriber> findById(Long id);

    Subscriber save(Subscriber subscriber);
}
