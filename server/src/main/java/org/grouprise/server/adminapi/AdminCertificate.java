package org.grouprise.server.adminapi;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.grouprise.server.config.CertificateFiles;
import org.grouprise.server.config.Settings;
import org.grouprise.server.security.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The admin listener's TLS certificate and key: the PEM files named in the configuration, or else a
 * self-signed certificate made on first start under {@code <data_path>/admin-api/} and reused, so that
 * the fingerprint a console pinned stays valid across restarts.
 */
public final class AdminCertificate {
    /** The folder below the data path that holds the generated certificate. */
    public static final String FOLDER = "admin-api";
    private static final Logger LOGGER = LoggerFactory.getLogger(AdminCertificate.class);
    private static final String CERTIFICATE_FILE = "certificate.pem";
    private static final String KEY_FILE = "private-key.pem";
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final char[] KEY_STORE_PASSWORD = "in-memory".toCharArray();

    private final List<X509Certificate> chain;
    private final PrivateKey privateKey;

    private AdminCertificate(List<X509Certificate> chain, PrivateKey privateKey) {
        this.chain = List.copyOf(chain);
        this.privateKey = privateKey;
    }

    /** The configured certificate, the one generated earlier, or a new self-signed one. */
    public static AdminCertificate loadOrCreate(Settings settings) {
        if (settings.adminApiCertificate().isPresent()) {
            CertificateFiles files = settings.adminApiCertificate().get();
            return read(files.certificate(), files.privateKey());
        }
        Path folder = settings.dataPath().resolve(FOLDER);
        Path certificate = folder.resolve(CERTIFICATE_FILE);
        Path key = folder.resolve(KEY_FILE);
        if (Files.exists(certificate) && Files.exists(key)) {
            return read(certificate, key);
        }
        AdminCertificate created = selfSigned(settings.adminApi().host());
        created.write(folder, certificate, key);
        LOGGER.info("Generated a self-signed certificate for the admin API in {}", folder);
        return created;
    }

    /** The SHA-256 fingerprint of the certificate, as {@code openssl x509 -fingerprint -sha256} shows it. */
    public String fingerprint() {
        return fingerprint(chain.get(0));
    }

    /** The certificate the listener presents first (the server's own, not its issuers). */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot fingerprint the admin API certificate", e);
        }
    }

    SSLContext sslContext() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("admin-api", privateKey, KEY_STORE_PASSWORD, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, KEY_STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS for the admin API: " + e.getMessage(), e);
        }
    }

    private static AdminCertificate read(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = readChain(certificateFile);
        PrivateKey key = readKey(keyFile);
        return new AdminCertificate(chain, key);
    }

    private static List<X509Certificate> readChain(Path file) {
        List<X509Certificate> chain = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof X509CertificateHolder holder) {
                    chain.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Cannot read the admin API certificate " + file + ": " + e.getMessage()
                + "; admin_api.certificate must name a PEM file with the certificate chain", e);
        }
        if (chain.isEmpty()) {
            throw new IllegalStateException("The admin API certificate file " + file + " holds no PEM certificate");
        }
        return chain;
    }

    private static PrivateKey readKey(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object item = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (item instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (item instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the admin API private key " + file + ": " + e.getMessage(),
                e);
        }
        throw new IllegalStateException("The admin API key file " + file
            + " holds no unencrypted PEM private key (PKCS#8 or traditional)");
    }

    private static AdminCertificate selfSigned(String host) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=grouprise admin API");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)), name, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(host));
            X509CertificateHolder holder = builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
            return new AdminCertificate(List.of(new JcaX509CertificateConverter().getCertificate(holder)),
                pair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate a certificate for the admin API: " + e.getMessage(), e);
        }
    }

    /** The names a console may reach the listener by: the configured host and the loopback names. */
    private static GeneralNames alternativeNames(String host) {
        List<GeneralName> names = new ArrayList<>(List.of(new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.iPAddress, "::1")));
        boolean isAddress = host.matches("[0-9.]+") || host.contains(":");
        if (!List.of("localhost", "127.0.0.1", "::1", "0.0.0.0", "::").contains(host.toLowerCase(Locale.ROOT))) {
            names.add(new GeneralName(isAddress ? GeneralName.iPAddress : GeneralName.dNSName, host));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private void write(Path folder, Path certificateFile, Path keyFile) {
        try {
            Files.createDirectories(folder);
            PrivateFiles.createEmpty(keyFile);
            try (Writer writer = Files.newBufferedWriter(keyFile, StandardCharsets.US_ASCII);
                    JcaPEMWriter pem = new JcaPEMWriter(writer)) {
                pem.writeObject(new JcaPKCS8Generator(privateKey, null));
            }
            try (Writer writer = Files.newBufferedWriter(certificateFile, StandardCharsets.US_ASCII);
                    JcaPEMWriter pem = new JcaPEMWriter(writer)) {
                pem.writeObject(chain.get(0));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot store the admin API certificate in " + folder + ": "
                + e.getMessage() + "; data_path must be writable", e);
        }
    }
}
