package dev.openrama.runtime.engine.store.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.engine.storage.ChronicleSystem;
import net.openhft.chronicle.hash.VanillaGlobalMutableState;
import net.openhft.chronicle.values.Values;
import org.junit.jupiter.api.Test;

/**
 * Persisted maps need chronicle-values' native class for the map header; we ship it so javac
 * never runs. If this fails after a Chronicle upgrade, regenerate the class (see ChronicleMaps).
 */
class PrecompiledChronicleClassTest {
    @Test
    void mapHeaderClassIsOursNotCompiled() {
        ChronicleSystem.ensureConfigured();
        Class<?> c = Values.nativeClassFor(VanillaGlobalMutableState.class);
        assertThat(c.getName()).isEqualTo("net.openhft.chronicle.hash.VanillaGlobalMutableState$$Native");
        assertThat(c.getClassLoader()).isSameAs(ChronicleMaps.class.getClassLoader());
        assertThat(c.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(ChronicleMaps.class.getProtectionDomain().getCodeSource().getLocation());
    }
}
