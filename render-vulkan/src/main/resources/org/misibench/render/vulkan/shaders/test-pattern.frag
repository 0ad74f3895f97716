#version 450
layout(push_constant) uniform Fill {
    vec4 color;
} fill;

layout(location = 0) out vec4 outColor;

void main() {
    outColor = fill.color;
}
