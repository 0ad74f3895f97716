package org.misibench.jobs.console;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleLockTest {

    @TempDir
    Path out;

    @Test
    void aPortInUseIsRefusedBeforeAnythingIsReplaced() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ConsoleLock.acquire(out, taken.getLocalPort()));
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " is in use"), e.getMessage());
        }
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = free.getLocalPort();
            free.close();
            try (ConsoleLock lock = ConsoleLock.acquire(out, port)) {
                assertTrue(Files.exists(out.resolve("console.lock")));
            }
        }
    }
}
