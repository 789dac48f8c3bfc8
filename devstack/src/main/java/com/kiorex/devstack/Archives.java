package com.kiorex.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a distribution archive (zip or tar.gz) once into a folder; a marker file records
 * which archive it came from so a new version is unpacked again and an existing one is reused.
 */
public final class Archives {

    private Archives() {
    }

    /** Returns the single top-level folder inside {@code target} after unpacking {@code archive}. */
    public static Path unpackOnce(Path archive, Path target) throws IOException, InterruptedException {
        Path marker = target.resolve(".unpacked-from");
        String stamp = archive.getFileName() + " " + Files.size(archive);
        if (!Files.exists(marker) || !Files.readString(marker).equals(stamp)) {
            deleteRecursively(target);
            Files.createDirectories(target);
            if (archive.getFileName().toString().endsWith(".zip")) {
                unzip(archive, target);
            } else {
                Process p = new ProcessBuilder(List.of("tar", "-xzf", archive.toString(), "-C", target.toString()))
                        .inheritIO().start();
                if (p.waitFor() != 0) {
                    throw new IOException("could not unpack " + archive);
                }
            }
            Files.writeString(marker, stamp);
        }
        try (var entries = Files.list(target)) {
            return entries.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IOException("empty archive " + archive));
        }
    }

    /** Java's own unzip (a fresh machine may have no unzip); scripts under bin/ are made executable. */
    private static void unzip(Path archive, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                if (out.getParent().getFileName().toString().equals("bin")) {
                    out.toFile().setExecutable(true);
                }
            }
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
