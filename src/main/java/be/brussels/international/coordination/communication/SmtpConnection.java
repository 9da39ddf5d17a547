package be.brussels.international.coordination.communication;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Date;
import java.util.Properties;

import javax.net.SocketFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a batch of the outbox's messages: Spring's sender opens and closes a connection for
 * every message (connect, EHLO, QUIT: three round trips more per message, and a TLS handshake with a real relay).
 * Each message is still handed over, and answered, on its own. Any other kind of sender is used as it is.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSender sender;

    private Transport transport;

    SmtpConnection(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Hands the message over; a {@link jakarta.mail.SendFailedException} when the server refuses its recipient. */
    void send(MimeMessage message) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl mail) || sender.getClass() != JavaMailSenderImpl.class) {
            sender.send(message);
            return;
        }
        if (transport == null || !transport.isConnected()) {
            close();
            String protocol = mail.getProtocol() == null ? "smtp" : mail.getProtocol();
            Properties properties = new Properties();
            properties.putAll(mail.getSession().getProperties());
            properties.putIfAbsent("mail." + protocol + ".socketFactory", new NoDelay());
            transport = Session.getInstance(properties).getTransport(protocol);
            transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        }
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }

    /**
     * Sockets that send each write at once (TCP_NODELAY): the end of a message's data is a small write after a
     * large one, which Nagle's algorithm holds until the server acknowledges the first — and a server waiting for
     * that end acknowledges late (40 ms): 21 messages a second to a local server, measured, whatever the machine.
     */
    static final class NoDelay extends SocketFactory {

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            Socket socket = createSocket();
            socket.bind(new InetSocketAddress(localHost, localPort));
            socket.connect(new InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            Socket socket = createSocket();
            socket.bind(new InetSocketAddress(localAddress, localPort));
            socket.connect(new InetSocketAddress(address, port));
            return socket;
        }

        private Socket connected(InetSocketAddress address) throws IOException {
            Socket socket = createSocket();
            socket.connect(address);
            return socket;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            }
            catch (MessagingException e) {
                // Closing a connection that failed: nothing left to do.
            }
            transport = null;
        }
    }
}
