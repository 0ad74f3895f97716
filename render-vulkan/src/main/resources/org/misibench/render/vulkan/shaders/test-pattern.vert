#version 450
// A triangle with its apex up, spanning the middle half of the target.
// Vulkan's clip space has y pointing down, so the apex has the smaller y.
const vec2 CORNERS[3] = vec2[](vec2(0.0, -0.5), vec2(0.5, 0.5), vec2(-0.5, 0.5));

void main() {
    gl_Position = vec4(CORNERS[gl_VertexIndex], 0.0, 1.0);
}
