package org.grouprise.server.accounts;

import org.apache.ibatis.annotations.Param;
import org.grouprise.server.db.NewRow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persons, their e-mail addresses and one-time tokens. Keys ({@code *_key}) are lower-cased for lookups. */
interface AccountMapper {

    Optional<PersonRow> findPersonById(@Param("id") long id);

    Optional<PersonRow> findPersonByUsernameKey(@Param("usernameKey") String usernameKey);

    Optional<PersonRow> findPersonByEmailKey(@Param("emailKey") String emailKey);

    int countUsernameKey(@Param("usernameKey") String usernameKey);

    long countPersons();

    Optional<Long> firstStaffId();

    void insertPerson(NewRow row);

    void updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash);

    void updateProfile(@Param("id") long id, @Param("form") ProfileForm form, @Param("usernameKey") String usernameKey);

    void updateNotifications(@Param("id") long id, @Param("settings") NotificationSettings settings);

    void updateLastLogin(@Param("id") long id, @Param("at") Instant at);

    void deletePerson(@Param("id") long id);

    List<PersonRow> listPublic(@Param("offset") long offset, @Param("limit") int limit);

    long countPublic();

    /** Whose username, name or an address is LIKE the lower-case pattern ({@code \} escapes). */
    List<PersonRow> search(@Param("pattern") String pattern, @Param("offset") long offset, @Param("limit") int limit);

    long countSearch(@Param("pattern") String pattern);

    void insertEmail(NewRow row);

    List<EmailAddressRow> listEmails(@Param("personId") long personId);

    Optional<EmailAddressRow> findEmailByKey(@Param("emailKey") String emailKey);

    Optional<EmailAddressRow> findEmailById(@Param("id") long id);

    void markEmailVerified(@Param("id") long id);

    void clearPrimary(@Param("personId") long personId);

    void markPrimary(@Param("id") long id);

    void deleteEmail(@Param("id") long id);

    void insertToken(TokenRow row);

    Optional<TokenRow> findToken(@Param("tokenHash") String tokenHash, @Param("purpose") String purpose,
        @Param("now") Instant now);

    void deleteToken(@Param("tokenHash") String tokenHash);

    void deleteTokens(@Param("personId") long personId, @Param("purpose") String purpose);

    int deleteExpiredTokens(@Param("now") Instant now);
}
