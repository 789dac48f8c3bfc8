package com.kiorex.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server (GreenMail) inside the launcher's JVM, so the notifications' emails go over SMTP
 * and land somewhere visible: every message received is also written as an {@code .eml} file under
 * {@code <home>/mail/}, and the system tests read them directly. It accepts any sender and recipient
 * and keeps nothing between runs.
 */
public final class MailServer implements StackService {

    private final int smtpPort;
    private final Path mailDir;
    private GreenMail greenMail;
    private ScheduledExecutorService writer;
    private int written;

    public MailServer(int smtpPort, Path home) {
        this.smtpPort = smtpPort;
        this.mailDir = home.resolve("mail");
    }

    @Override
    public String name() {
        return "SMTP (GreenMail)";
    }

    @Override
    public void start() throws IOException {
        Archives.deleteRecursively(mailDir);
        Files.createDirectories(mailDir);
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-writer");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::writeNew, 1, 1, TimeUnit.SECONDS);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Path mailDir() {
        return mailDir;
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    private synchronized void writeNew() {
        MimeMessage[] all = greenMail.getReceivedMessages();
        for (; written < all.length; written++) {
            try (OutputStream out = Files.newOutputStream(mailDir.resolve(String.format("%05d.eml", written + 1)))) {
                all[written].writeTo(out);
            } catch (IOException | MessagingException e) {
                throw new UncheckedIOException(new IOException("could not write a received mail", e));
            }
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.shutdownNow();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
