package org.svyaz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's directory and files are readable by the server's account only. */
class OwnerOnlyDataDirectoryTests {

    @TempDir
    Path temp;

    @BeforeEach
    void onPosixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void aNewDataDirectoryIsCreatedForItsOwnerOnly() throws IOException {
        Path data = temp.resolve("data");

        OwnerOnlyDataDirectory.protect(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void anExistingOpenDirectoryAndItsDatabaseFilesAreClosedToOthers() throws IOException {
        Path data = Files.createDirectory(temp.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path database = Files.createFile(data.resolve("svyaz.mv.db"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-r--r--")));

        OwnerOnlyDataDirectory.protect(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
    }

    @Test
    void theDirectoryIsTakenFromAnH2FileAddressOnly() {
        assertThat(OwnerOnlyDataDirectory.directoryOf("jdbc:h2:file:" + temp + "/data/svyaz;DATABASE_TO_LOWER=TRUE"))
                .hasValue(temp.resolve("data"));
        assertThat(OwnerOnlyDataDirectory.directoryOf("jdbc:h2:mem:svyaz")).isEmpty();
        assertThat(OwnerOnlyDataDirectory.directoryOf("jdbc:postgresql://localhost/svyaz")).isEmpty();
    }
}
