// Per-frame parameters shared by the scene shaders (push constants, 112 bytes).
// View space: x right, y up, the eye at the origin looking down -z (ChimeraX's camera frame).
layout(push_constant) uniform Frame {
    mat4 view;        // scene -> view (rigid)
    vec4 projection;  // x: 1/tan(hfov/2), y: x * width/height, z: near, w: far
    vec4 depthCue;    // x: depth where fading starts, y: depth of full background, z: 1 = on
    vec4 background;  // rgb: background colour; w: pixels per unit at distance 1 (width/2/tan(hfov/2))
} frame;

// Lighting: ChimeraX's default preset, fixed at pipeline creation (spec §3.3)
const vec3 KEY_DIRECTION = normalize(vec3(0.577, -0.577, -0.577));
const float KEY_INTENSITY = 1.0;
const vec3 FILL_DIRECTION = normalize(vec3(-0.2, -0.2, -0.959));
const float FILL_INTENSITY = 0.5;
const float AMBIENT_INTENSITY = 0.4;
const float AMBIENT_REFLECTIVITY = 0.8;
const float DIFFUSE_REFLECTIVITY = 0.8;
const float SPECULAR_REFLECTIVITY = 0.3;
const float SPECULAR_EXPONENT = 30.0;

// Vulkan clip coordinates of a view-space point (y flipped: Vulkan's framebuffer y points down)
vec4 clipOf(vec3 p) {
    float near = frame.projection.z;
    float far = frame.projection.w;
    float depth = -p.z;
    return vec4(p.x * frame.projection.x, -p.y * frame.projection.y,
                far / (far - near) * (depth - near), depth);
}

// Depth buffer value [0, 1] of a view-space z
float depthOf(float viewZ) {
    float near = frame.projection.z;
    float far = frame.projection.w;
    float depth = -viewZ;
    return far / (far - near) * (1.0 - near / depth);
}

// Shading of a surface point p (view space) with unit normal n and base colour
vec3 shade(vec3 p, vec3 n, vec3 base) {
    vec3 toEye = normalize(-p);
    vec3 colour = base * AMBIENT_REFLECTIVITY * AMBIENT_INTENSITY
                + base * DIFFUSE_REFLECTIVITY * KEY_INTENSITY * max(0.0, -dot(n, KEY_DIRECTION))
                + base * DIFFUSE_REFLECTIVITY * FILL_INTENSITY * max(0.0, -dot(n, FILL_DIRECTION));
    vec3 reflected = reflect(KEY_DIRECTION, n);
    colour += vec3(SPECULAR_REFLECTIVITY * pow(max(0.0, dot(reflected, toEye)), SPECULAR_EXPONENT));
    if (frame.depthCue.z > 0.5) {
        // full colour up to depthCue.x, then fading linearly to the background at depthCue.y
        float keep = clamp((frame.depthCue.y + p.z) / (frame.depthCue.y - frame.depthCue.x), 0.0, 1.0);
        colour = mix(frame.background.rgb, colour, keep);
    }
    return colour;
}
