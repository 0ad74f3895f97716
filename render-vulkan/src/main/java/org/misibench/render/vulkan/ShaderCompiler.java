package org.misibench.render.vulkan;

import static org.lwjgl.util.shaderc.Shaderc.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles the GLSL shaders shipped in this module to SPIR-V at run time with shaderc, so no
 * shader compiler is needed on build machines. One compiler serves the whole process and every
 * result is cached: a new shaderc compiler costs about 250 ms (glslang rebuilds its symbol
 * tables), a shared one 3–7 ms per shader after the first.
 */
final class ShaderCompiler {

    private static final String SHADER_DIR = "/org/misibench/render/vulkan/shaders/";
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    /** Process-wide shaderc compiler; deliberately never released, it lives as long as the JVM. */
    private static long compiler;
    private static long options;

    private ShaderCompiler() {
    }

    /** SPIR-V for the shader resource {@code name} (e.g. {@code test-pattern.vert}). */
    static byte[] spirv(String name) {
        return CACHE.computeIfAbsent(name, ShaderCompiler::compile);
    }

    private static synchronized byte[] compile(String name) {
        if (compiler == 0) {
            compiler = shaderc_compiler_initialize();
            options = shaderc_compile_options_initialize();
            shaderc_compile_options_set_optimization_level(options, shaderc_optimization_level_performance);
        }
        int kind = name.endsWith(".vert") ? shaderc_vertex_shader
                : name.endsWith(".frag") ? shaderc_fragment_shader
                : -1;
        if (kind < 0) {
            throw new IllegalArgumentException("unknown shader stage for " + name + " (expected .vert or .frag)");
        }
        long result = shaderc_compile_into_spv(compiler, source(name), kind, name, "main", options);
        try {
            if (shaderc_result_get_compilation_status(result) != shaderc_compilation_status_success) {
                throw new VulkanException("compile shader " + name + ": " + shaderc_result_get_error_message(result), 0);
            }
            ByteBuffer bytes = shaderc_result_get_bytes(result);
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            return copy;
        } finally {
            shaderc_result_release(result);
        }
    }

    /**
     * The shader's text with {@code #include "file"} lines replaced by that file (one level, from the
     * same folder): simpler than shaderc's include callbacks, which need native upcalls.
     */
    static String source(String name) {
        StringBuilder out = new StringBuilder();
        for (String line : read(name).split("\n", -1)) {
            String t = line.trim();
            if (t.startsWith("#extension GL_GOOGLE_include_directive")) {
                continue;
            }
            if (t.startsWith("#include \"") && t.endsWith("\"")) {
                out.append(read(t.substring(10, t.length() - 1))).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = ShaderCompiler.class.getResourceAsStream(SHADER_DIR + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no shader resource " + SHADER_DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("read shader " + name, e);
        }
    }
}
